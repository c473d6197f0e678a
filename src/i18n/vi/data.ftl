# Các từ của planlang bằng tiếng Việt: lỗi của tệp số liệu và của truy vấn, và ghi chú của
# kết quả đánh giá. Mỗi thông điệp ở đây có bản tiếng Anh trong ../en/data.ftl, cùng mã; thiếu
# một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
