# Các từ của planlang bằng tiếng Việt cho trình soạn thảo (`plan lsp`): nội dung hiện ra khi di
# chuột lên một tên, lý do không đổi được tên, nghĩa của từng từ khóa và giá trị khi gợi ý hoàn
# thành, chữ giữ chỗ của các mẫu, và tên các thao tác sửa nhanh. Mỗi thông điệp ở đây có bản
# tiếng Anh trong ../en/ide.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi
# (src/i18n/tests.rs).

## Lý do không đổi được tên. $kind là tên loại (diag-kind-*).
ide-rename-nothing = tại đây không có tên nào được khai báo trong tệp
ide-rename-built-in = `{ $name }` là đơn vị tính có sẵn, không khai báo trong tệp nào nên không đổi tên được
ide-rename-not-an-id = `{ $name }` không phải là mã hợp lệ: chỉ dùng chữ, chữ số và dấu `_`, không có dấu chấm hay khoảng trắng
ide-rename-taken = `{ $name }` đã là mã của một { $kind } khác trong tệp
ide-rename-part-number = chỉ tiêu thành phần phải giữ số của chỉ tiêu: viết `{ $number }` rồi đến chữ cái của chỉ tiêu thành phần, không phải `{ $name }`
ide-rename-outside = tên này được khai báo trong tệp `{ $file }`, tệp này chưa được mở và không nằm trong thư mục làm việc: hãy mở tệp đó để đổi tên ở đó và ở mọi nơi dùng tên này

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

## Phần di chuột nói về số liệu dùng để đánh giá chỉ tiêu.
ide-hover-data = Tệp số liệu
ide-hover-data-problem = Lỗi số liệu
ide-hover-data-skipped = { $file } không phải là tệp thông thường (đường ống hoặc thiết bị) nên không được đọc
ide-hover-data-unusable = không dùng được tệp { $file }: { $problem }
## $first: dòng bị loại đầu tiên và lỗi của dòng đó (ide-hover-data-row).
ide-hover-data-refused = { $count } dòng bị loại trong tệp { $file }; dòng đầu tiên: { $first }
ide-hover-data-row = { $row }: { $problem }

## Số liệu dùng để đánh giá chỉ tiêu khi di chuột.
ide-data-plan-errors = Kế hoạch còn { $count } lỗi: số liệu sẽ được đánh giá khi sửa xong

## Từ khóa, như phần gợi ý mô tả (mỗi từ một dòng, dùng chung cho mọi khối).

ide-keyword-plan = phần đầu kế hoạch: số văn bản, cơ quan ban hành, ngày ký, thời gian thực hiện
ide-keyword-import = các khai báo của một tệp kế hoạch khác, dùng qua một tên (`import "…" as national`)
ide-keyword-agency = cơ quan, đơn vị được giao nhiệm vụ: mã, tên đầy đủ, tên viết tắt
ide-keyword-area = địa bàn báo cáo số liệu (tỉnh, huyện); ở phần đầu: địa bàn của kế hoạch
ide-keyword-element = yếu tố số liệu đếm được, dùng trong công thức (số trẻ đẻ sống)
ide-keyword-unit = đơn vị tính: khai báo đơn vị mới, hoặc đơn vị tính của chỉ tiêu
ide-keyword-dimension = tiêu chí phân tổ số liệu (thành thị và nông thôn, giới tính) và các giá trị
ide-keyword-objective = mục tiêu mà các chỉ tiêu hướng tới; trong chỉ tiêu: mục tiêu của chỉ tiêu đó
ide-keyword-indicator = chỉ tiêu theo số thứ tự của văn bản, với mức cần đạt và cơ quan thực hiện
ide-keyword-report = báo cáo kế hoạch yêu cầu: kỳ báo cáo, thời hạn, cơ quan gửi, cơ quan nhận
ide-keyword-review = sơ kết, tổng kết việc thực hiện kế hoạch
ide-keyword-waive = chỉ tiêu của kế hoạch cấp trên mà kế hoạch này không áp dụng, kèm lý do
ide-keyword-query = câu truy vấn được đặt tên, chạy trong REPL
ide-keyword-amendment = phần đầu của văn bản sửa đổi, bổ sung kế hoạch
ide-keyword-change = thay đổi cơ quan thực hiện, mức cần đạt của một chỉ tiêu, hoặc lịch của một báo cáo, trong kế hoạch được sửa đổi
ide-keyword-transfer = chuyển toàn bộ nhiệm vụ của một cơ quan sang cơ quan khác
ide-keyword-project = dự án, đề án giao cho các cơ quan, và các nội dung thuộc dự án
ide-keyword-task = nhiệm vụ văn bản giao ngoài các chỉ tiêu
ide-keyword-document = số, ký hiệu văn bản ("196/QĐ-UBND")
ide-keyword-issuer = cơ quan ban hành văn bản
ide-keyword-signed = ngày ký văn bản
ide-keyword-period = thời gian thực hiện kế hoạch (2021..2030), hoặc kỳ báo cáo
ide-keyword-implements = văn bản, hoặc kế hoạch cấp trên đã import, mà kế hoạch này triển khai
ide-keyword-horizon = năm tầm nhìn của kế hoạch
ide-keyword-basis = căn cứ pháp lý văn bản viện dẫn
ide-keyword-short = tên viết tắt của cơ quan
ide-keyword-requested = cơ quan được đề nghị phối hợp, không thuộc diện được giao
ide-keyword-range = giá trị nhỏ nhất và lớn nhất của đơn vị tính
ide-keyword-per = tính trên bao nhiêu đối tượng (1000 với ‰)
ide-keyword-of = đối tượng dùng để tính tỷ lệ, hoặc các phần cộng thành tổng
ide-keyword-part = chỉ tiêu thành phần của một chỉ tiêu, có mức cần đạt riêng
ide-keyword-direction = chiều mong muốn: tăng, giảm hoặc duy trì
ide-keyword-baseline = năm gốc và giá trị năm gốc của chỉ tiêu
ide-keyword-target = mức cần đạt: năm, phép so sánh và giá trị
ide-keyword-maintain = duy trì một mức từ năm này đến năm khác
ide-keyword-by = mức tăng, giảm (giảm 0,5 điểm phần trăm), hoặc yếu tố số liệu dùng làm quyền số
ide-keyword-year = mỗi năm, hằng năm; năm sơ kết, tổng kết
ide-keyword-from = năm bắt đầu của mức cần đạt, hoặc cơ quan gửi báo cáo
ide-keyword-until = năm kết thúc của mức cần đạt
ide-keyword-within = sai số cho phép của mức "khoảng"
ide-keyword-flow = đại lượng theo kỳ (thu, chi), đánh giá theo tổng của từng năm
ide-keyword-growth = giá trị bản thân là tốc độ tăng (tăng trưởng GRDP)
ide-keyword-cumulative = giá trị lũy kế từ đầu năm
ide-keyword-scope = địa bàn hoặc nhóm áp dụng chỉ tiêu
ide-keyword-to = cơ quan nhận báo cáo; cơ quan nhận nhiệm vụ được chuyển giao; cận trên của một khoảng
ide-keyword-where = giá trị phân tổ mà mức cần đạt hoặc phạm vi áp dụng
ide-keyword-lead = cơ quan chủ trì
ide-keyword-support = cơ quan phối hợp
ide-keyword-formula = công thức tính: tỷ số giữa các yếu tố số liệu hoặc chỉ tiêu
ide-keyword-total = chỉ tiêu bằng tổng của các chỉ tiêu hoặc chỉ tiêu thành phần khác
ide-keyword-aggregate = cách tổng hợp số liệu huyện lên tỉnh: cộng, bình quân, không tổng hợp, bình quân gia quyền
ide-keyword-weighted = bình quân gia quyền theo một yếu tố số liệu
ide-keyword-in = địa bàn, mục tiêu hoặc dự án cấp trên; tháng đến hạn
ide-keyword-kind = cấp địa bàn (tỉnh, huyện, xã)
ide-keyword-due = thời hạn
ide-keyword-before = trước ngày hoặc tháng ghi
ide-keyword-month = thời hạn tính theo tháng
ide-keyword-every = định kỳ
ide-keyword-at = thời điểm sơ kết, tổng kết: giữa kỳ hoặc cuối kỳ
ide-keyword-covers = các chỉ tiêu, chỉ tiêu thành phần và nhiệm vụ thuộc dự án
ide-keyword-strive = mức phấn đấu
ide-keyword-ref = mục của văn bản quy định nội dung này
ide-keyword-source = mục của văn bản nêu nội dung này
ide-keyword-note = ghi chú, chẳng hạn nguyên văn của văn bản
ide-keyword-as = tên dùng cho tệp được import
ide-keyword-because = lý do: không áp dụng, điều chỉnh, hoặc chưa giao cơ quan chủ trì
ide-keyword-adopts = giữ nguyên chỉ tiêu của kế hoạch cấp trên
ide-keyword-adapts = điều chỉnh chỉ tiêu của kế hoạch cấp trên, kèm lý do
ide-keyword-amends = kế hoạch đã import mà văn bản này sửa đổi
ide-keyword-effective = ngày văn bản sửa đổi có hiệu lực

## Các giá trị, như phần gợi ý mô tả.

ide-direction-increase = càng cao càng tốt
ide-direction-decrease = càng thấp càng tốt
ide-direction-maintain = cần giữ ổn định
ide-change-increase = tăng
ide-change-reduce = giảm
ide-rate-unit-points = điểm phần trăm
ide-rate-unit-percent = phần trăm so với giá trị
ide-period-half-year = 6 tháng một lần
ide-period-year = hằng năm
ide-period-quarter = hằng quý
ide-period-month = hằng tháng
ide-period-adhoc = đột xuất, khi có yêu cầu
ide-review-midterm = sơ kết giữa kỳ
ide-review-end = tổng kết cuối kỳ
ide-aggregate-none = chỉ tính số liệu báo cáo cho chính địa bàn đó
ide-aggregate-sum = cộng số liệu các huyện
ide-aggregate-mean = bình quân số liệu các huyện
ide-comparator-at-least = đạt, trở lên
ide-comparator-at-most = không quá
ide-comparator-below = dưới
ide-comparator-above = trên
ide-comparator-equal = đúng bằng, hoặc trong một khoảng (= 2 to 3)
ide-comparator-about = khoảng
ide-unit-percent = phần trăm (%)
ide-unit-per-mille = phần nghìn (‰)
ide-unit-per-100k = trên 100.000
ide-unit-count = số lượng
ide-lead-unknown = chưa giao cơ quan chủ trì (sẽ bổ sung)

## Mẫu: nội dung từng mẫu, và chữ giữ chỗ.

ide-snippet-indicator = chỉ tiêu mới: mục tiêu, đơn vị tính, chiều, mức cần đạt, cơ quan chủ trì và nguồn
ide-snippet-agency = cơ quan mới: mã và tên đầy đủ
ide-snippet-objective = mục tiêu mới: mã, tên và nguồn
ide-snippet-report = báo cáo mới: kỳ báo cáo, thời hạn, cơ quan gửi, cơ quan nhận
ide-placeholder-id = mã
ide-placeholder-title = tên như văn bản ghi
ide-placeholder-name = tên đầy đủ
ide-placeholder-section = mục của văn bản

## Thao tác sửa nhanh: tên thao tác, và lý do để trống trong dòng `waive` mới.

ide-action-replace = Thay bằng `{ $text }`
ide-action-lead = Giao { $name } (`{ $agency }`) chủ trì
ide-action-waive = Ghi không áp dụng `{ $parent }` (dòng `waive`, lý do cần ghi sau)
ide-action-waive-all = Ghi không áp dụng { $count } chỉ tiêu của kế hoạch cấp trên còn thiếu (các dòng `waive`, lý do cần ghi sau)
ide-action-adopt = Giữ nguyên `{ $parent }` tại đây: { $title }
ide-waive-reason = CẦN GHI LÝ DO: vì sao kế hoạch không áp dụng chỉ tiêu này
