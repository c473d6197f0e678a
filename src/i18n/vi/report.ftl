# Các từ của planlang bằng tiếng Việt: trang báo cáo và văn bản báo cáo. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/report.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
