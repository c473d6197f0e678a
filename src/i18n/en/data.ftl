# planlang's words in English: problems of data files and queries, and the evaluation's
# notes. Every message here has its Vietnamese in ../vi/data.ftl, under the same id; a test
# fails when one lacks the other (src/i18n/tests.rs).
