# planlang's words in English: the report to file (plan report --format docx), laid out as
# Decree 30/2020/NĐ-CP lays out administrative documents. Every message here has its
# Vietnamese in ../vi/document.ftl, under the same id; a test fails when one lacks the other
# (src/i18n/tests.rs).
