# planlang's words in English: the command line and the REPL. Every message here has its Vietnamese in
# ../vi/interface.ftl, under the same id; a test fails when one lacks the other (src/i18n/tests.rs).
