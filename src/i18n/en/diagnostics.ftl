# planlang's words in English: what the checker's diagnostics say (plan files, cascades, amendments). Every message here has its Vietnamese in
# ../vi/diagnostics.ftl, under the same id; a test fails when one lacks the other (src/i18n/tests.rs).
