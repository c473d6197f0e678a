# Các từ của planlang bằng tiếng Việt: nội dung các lỗi và cảnh báo khi kiểm tra kế hoạch. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/diagnostics.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
