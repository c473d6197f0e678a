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

## Nội dung hiện khi di chuột: các nhãn chỉ dùng ở đây (các nhãn `page-unit`, `page-lead`,
## `page-support`, `page-document` của trang báo cáo và `answer-*` của query.ftl dùng cho phần còn lại).
ide-hover-targets = Mức cần đạt
ide-hover-parent = Thực hiện chỉ tiêu cấp trên
## $how: `giữ nguyên national.3a` hoặc `điều chỉnh từ national.3a, lý do: ...`; $title: tên chỉ tiêu cấp trên.
ide-hover-takes-up = { $how }: { $title }
ide-hover-status = Tình trạng tính đến ngày { $date }
## $status: tên tình trạng; $target: mức cần đạt hiện hành, ghi như bảng đánh giá.
ide-hover-current = { $status } (mức cần đạt { $target })
ide-hover-latest = Kết quả mới nhất
ide-hover-value-at = { $value } ({ $period })
ide-hover-no-value = chưa có số liệu
ide-hover-short = Tên viết tắt
ide-hover-leads = Chủ trì
ide-hover-supports = Phối hợp
ide-hover-indicators = { $count } chỉ tiêu ({ $ids })
ide-hover-duties = { $count } dự án, nhiệm vụ ({ $ids })
ide-hover-submits = Gửi báo cáo
ide-hover-receives = Nhận báo cáo
ide-hover-within = Thuộc
ide-hover-served-by = Các chỉ tiêu
ide-hover-built-in-unit = Đơn vị tính có sẵn: mọi Kế hoạch đều dùng được mà không cần khai báo.
ide-hover-scale = Bằng
ide-hover-values = Các giá trị
ide-hover-value-of = Giá trị của tiêu chí
ide-hover-every = Kỳ báo cáo
ide-hover-from = Cơ quan gửi
ide-hover-to = Nơi nhận
ide-hover-file = Tệp
ide-hover-covers = Bao gồm

## Số liệu dùng để đánh giá chỉ tiêu khi di chuột.
ide-data-plan-errors = Kế hoạch còn { $count } lỗi: số liệu sẽ được đánh giá khi sửa xong
