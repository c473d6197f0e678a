# Các từ của planlang bằng tiếng Việt: văn bản báo cáo để trình (plan report --format docx),
# trình bày theo thể thức văn bản hành chính của Nghị định 30/2020/NĐ-CP. Mỗi thông điệp ở đây
# có bản tiếng Anh trong ../en/document.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi
# (src/i18n/tests.rs).
