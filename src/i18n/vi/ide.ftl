# Các từ của planlang bằng tiếng Việt cho trình soạn thảo (`plan lsp`): nội dung hiện ra khi
# di chuột lên một tên, và lý do không đổi được tên. Mỗi thông điệp ở đây có bản tiếng Anh trong
# ../en/ide.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).

## Lý do không đổi được tên. $kind là tên loại (diag-kind-*).
ide-rename-nothing = tại đây không có tên nào được khai báo trong tệp
ide-rename-built-in = `{ $name }` là đơn vị tính có sẵn, không khai báo trong tệp nào nên không đổi tên được
ide-rename-not-an-id = `{ $name }` không phải là mã hợp lệ: chỉ dùng chữ, chữ số và dấu `_`, không có dấu chấm hay khoảng trắng
ide-rename-taken = `{ $name }` đã là mã của một { $kind } khác trong tệp
ide-rename-part-number = chỉ tiêu thành phần phải giữ số của chỉ tiêu: viết `{ $number }` rồi đến chữ cái của chỉ tiêu thành phần, không phải `{ $name }`
ide-rename-outside = tên này được khai báo trong tệp `{ $file }`, tệp này chưa được mở trong thư mục làm việc: hãy mở tệp đó để đổi tên ở đó và ở mọi nơi dùng tên này
