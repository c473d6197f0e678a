# Các từ của planlang bằng tiếng Việt: tình trạng và ký hiệu của kết quả đánh giá. Mỗi thông
# điệp ở đây có bản tiếng Anh trong ../en/evaluation.ftl, cùng mã; thiếu một bên thì kiểm thử
# báo lỗi (src/i18n/tests.rs).

## Tình trạng của chỉ tiêu (mã trong JSON và truy vấn vẫn bằng tiếng Anh).
## $on_track và $needs_acceleration là các ngưỡng của tỷ số tăng trưởng, tính theo phần trăm.
status-achieved = Đạt
status-achieved-means = giá trị mới nhất đạt chỉ tiêu
status-missed = Không đạt
status-missed-means = đã hết năm của chỉ tiêu mà chỉ tiêu không đạt, hoặc mức phải duy trì không giữ được
status-on_track = Đúng tiến độ
status-on_track-means = đang tiến đến chỉ tiêu với tốc độ bằng { $on_track } trở lên so với tốc độ cần có để đạt đúng hạn
status-needs_acceleration = Cần đẩy nhanh
status-needs_acceleration-means = đang tiến đến chỉ tiêu, với tốc độ bằng { $needs_acceleration } đến { $on_track } so với tốc độ cần có
status-limited_progress = Tiến bộ hạn chế
status-limited_progress-means = đang tiến đến chỉ tiêu, với tốc độ chưa bằng { $needs_acceleration } so với tốc độ cần có
status-regressing = Đi xuống
status-regressing-means = đang đi xa chỉ tiêu
status-insufficient_data = Thiếu số liệu
status-insufficient_data-means = chưa đủ số liệu để đánh giá (xu hướng cần số liệu của hai năm)
status-not_yet_due = Chưa đến hạn
status-not_yet_due-means = chưa đến các năm của chỉ tiêu

## Báo cáo phải gửi.
compliance-on_time = Đúng hạn
compliance-late = Chậm
compliance-missing = Chưa gửi
compliance-upcoming = Chưa đến hạn

## Nhiệm vụ phải thực hiện.
task-done = Đã hoàn thành
task-late = Hoàn thành chậm
task-overdue = Quá hạn
task-upcoming = Chưa đến hạn

## Ký hiệu trong báo cáo.
mark-strive = * phấn đấu: chỉ tiêu Kế hoạch phấn đấu đạt; được đánh giá như các chỉ tiêu khác
