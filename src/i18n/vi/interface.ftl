# Các từ của planlang bằng tiếng Việt: dòng lệnh và REPL. Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/interface.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
