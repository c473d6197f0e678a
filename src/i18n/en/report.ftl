# planlang's words in English: the report page and the document to file. Every message here has its Vietnamese in
# ../vi/report.ftl, under the same id; a test fails when one lacks the other (src/i18n/tests.rs).
