# Các từ của planlang bằng tiếng Việt: lỗi của tệp số liệu và của truy vấn, và ghi chú của
# kết quả đánh giá. Mỗi thông điệp ở đây có bản tiếng Anh trong ../en/data.ftl, cùng mã; thiếu
# một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
#
# Mã, tên cột, từ khóa và nội dung tệp hay câu truy vấn đã ghi được truyền vào như tham số,
# đặt trong dấu ` nguyên văn; số được viết sẵn theo cách ghi số của tiếng Việt.

## Các từ dùng trong thông điệp khác.
data-or = hoặc
data-declare-style = hãy cho biết tệp ghi số theo cách nào: với tệp CSV, thêm dòng đầu `#decimal=comma` (9,5 và 1.234.567) hoặc `#decimal=point` (9.5 và 1,234,567); với tệp JSON, ghi `"decimal": "comma"` hoặc `"point"`; hoặc dùng tùy chọn --decimal-comma / --decimal-point
data-save-as-xlsx = hãy mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại dưới dạng Excel Workbook (.xlsx)
data-save-again = hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại
data-kind-task = nhiệm vụ
data-kind-project = dự án

## Vị trí của một dòng, và dòng đó ghi số liệu cho chỉ tiêu, địa bàn, kỳ nào.
data-line = dòng { $line }
data-line-of = dòng { $line } của tệp { $file }
data-row-of-sheet = dòng { $line } của trang tính { $sheet } trong tệp { $file }
data-key = { $series }, địa bàn { $area }, kỳ { $period }
data-key-indicator = chỉ tiêu { $id }
data-key-element = phần tử dữ liệu { $id }
data-revision = { $key }: giá trị { $old } ({ $old_row }) được thay bằng { $new } ({ $new_row })

## Báo cáo hay nhiệm vụ thực hiện định kỳ thế nào ($kind), và kỳ của chúng được ghi ra sao.
data-every = { $kind ->
    [year] hằng năm
    [half_year] 6 tháng một lần
    [quarter] hằng quý
    [month] hằng tháng
   *[adhoc] đột xuất
    }
data-period-example = { $kind ->
    [year] `2023`
    [half_year] `2023-H1` hoặc `2023-H2`
    [quarter] `2023-Q1` đến `2023-Q4`
    [month] `2023-01` đến `2023-12`
   *[adhoc] kỳ bất kỳ
    }

## Các dòng bị loại (data::*): mỗi loại lỗi một thông điệp.
data-missing-value = dòng chưa có giá trị: hãy ghi cột `value`, hoặc ghi cả `numerator` (tử số) và `denominator` (mẫu số)
data-missing-value-in = dòng chưa ghi cột `{ $column }`
data-unknown-indicator = không có chỉ tiêu `{ $indicator }` (hãy ghi mã chỉ tiêu hoặc chỉ tiêu thành phần, như `3` hay `16a`, hoặc một phần tử dữ liệu của Kế hoạch)
data-unknown-indicator-similar = không có chỉ tiêu `{ $indicator }`; có phải là `{ $similar }`?
data-unknown-area = không có địa bàn `{ $area }`
data-unknown-area-similar = không có địa bàn `{ $area }`; có phải là `{ $similar }`?
data-unknown-area-none-declared = không có địa bàn `{ $area }`; Kế hoạch chưa khai báo địa bàn nào (`area ID "Tên"`)
data-period-outside-plan = kỳ { $period } nằm ngoài thời gian thực hiện Kế hoạch (giai đoạn { $start }-{ $end }; năm { $baseline } được nhận làm năm gốc)
data-period-outside-plan-baselines = kỳ { $period } nằm ngoài thời gian thực hiện Kế hoạch (giai đoạn { $start }-{ $end }; các năm từ { $first } được nhận làm năm gốc)
data-decimal-comma = cột { $column }: `{ $text }` được ghi với dấu phẩy thập phân (ghi theo dấu chấm thập phân là { $value }), nhưng tệp không khai báo cách ghi này; { data-declare-style }
data-ambiguous-number = cột { $column }: `{ $text }` đọc là { $point } nếu tệp dùng dấu chấm thập phân, nhưng là { $comma } nếu tệp dùng dấu phẩy thập phân (như cách ghi số trong văn bản tiếng Việt); { data-declare-style }
data-zero-denominator = mẫu số bằng { $denominator }: tỷ lệ cần mẫu số lớn hơn 0
data-bad-status = trạng thái `{ $status }` không hợp lệ: chỉ nhận `final` (chính thức), `provisional` (sơ bộ) hoặc `estimated` (ước tính)
data-unknown-agency = cột { $column }: `{ $agency }` không phải là cơ quan trong Kế hoạch
data-unknown-agency-similar = cột { $column }: `{ $agency }` không phải là cơ quan trong Kế hoạch; có phải là `{ $similar }`?
data-unknown-report = báo cáo `{ $report }` không có trong Kế hoạch
data-unknown-report-similar = báo cáo `{ $report }` không có trong Kế hoạch; có phải là `{ $similar }`?
data-unknown-task = `{ $task }` không phải là nhiệm vụ hay dự án của Kế hoạch
data-unknown-task-similar = `{ $task }` không phải là nhiệm vụ hay dự án của Kế hoạch; có phải là `{ $similar }`?
data-not-task-lead-none = { $kind } `{ $task }` chưa có cơ quan chủ trì, nên chưa cơ quan nào phải thực hiện: không thể ghi nhận `{ $agency }` đã hoàn thành theo Kế hoạch
data-not-task-lead = cơ quan `{ $agency }` không chủ trì { $kind } `{ $task }`, nên không phải thực hiện; { $count ->
    [1] cơ quan chủ trì là { $leads }
   *[other] các cơ quan chủ trì là { $leads }
    }
data-unknown-dimension-value = `{ $value }` không phải là giá trị của tiêu chí phân tổ `{ $dimension }`
data-unknown-dimension-value-similar = `{ $value }` không phải là giá trị của tiêu chí phân tổ `{ $dimension }`; có phải là `{ $similar }`?
data-unknown-dimension-value-one-of = `{ $value }` không phải là giá trị của tiêu chí phân tổ `{ $dimension }`; các giá trị của tiêu chí này là { $values }
data-conflict = { $key }: giá trị { $value } khác với giá trị { $first_value } ở { $first_row }; hãy ghi ngày báo cáo (`reported_on`) cho cả hai dòng để dòng sau được coi là số liệu cập nhật, hoặc xóa một dòng
data-composite-indicator = chỉ tiêu { $indicator } gồm các chỉ tiêu thành phần: hãy ghi số liệu cho { $parts }
data-wrong-unit = đơn vị tính `{ $written }` không phải là đơn vị tính của chỉ tiêu, `{ $unit }`; hãy ghi giá trị theo `{ $unit }`, hoặc sửa lại đơn vị tính
data-wrong-unit-symbol = đơn vị tính `{ $written }` không phải là đơn vị tính của chỉ tiêu, `{ $unit }` ({ $symbol }); hãy ghi giá trị theo `{ $unit }`, hoặc sửa lại đơn vị tính
data-unfilled-row = dòng chỉ ghi chỉ tiêu, địa bàn, kỳ mà chưa có giá trị
data-unfilled-rows = { $count ->
    [1] { $row } chỉ ghi chỉ tiêu, địa bàn, kỳ mà chưa điền số liệu, nên không được đọc; hãy điền giá trị, hoặc xóa dòng này
   *[other] có { $count } dòng chỉ ghi chỉ tiêu, địa bàn, kỳ mà chưa điền số liệu (đầu tiên là { $row }), nên không được đọc; hãy điền giá trị, hoặc xóa các dòng này
    }
data-identity-broken = { $key }: tổng { $total } ({ $total_row }) không bằng tổng các thành phần, { $sum } = { $parts }; chênh lệch { $difference }{ $share }, vượt { $allowed }; hãy sửa lại các dòng, hoặc ghi sai số cho phép của số liệu (`total of ... within 0.5 points`)
data-identity-part = { $id } { $value } ({ $row })
data-identity-part-scaled = { $id } { $value } × { $scale } ({ $row })
data-identity-share = , bằng { $share } % tổng các thành phần
data-identity-within = mức sai số `within { $amount } { $unit }` cho phép ({ $allowed })
data-identity-rounding = mức chênh lệch do làm tròn số liệu ({ $allowed })
data-not-a-header = dòng { $row } không phải là dòng tiêu đề: { $why }
data-after-bad-header = không đọc được dòng này: không đọc được dòng tiêu đề ở dòng { $line }

## Kỳ bị loại.
data-bad-period = `{ $text }` không phải là kỳ: hãy ghi năm (`2023`), 6 tháng (`2023-H1`, `2023-H2`), quý (`2023-Q1` đến `2023-Q4`) hoặc tháng (`2023-01` đến `2023-12`)
data-bad-period-date = cột period chứa ngày { $date }, không phải là kỳ: bảng tính đã tự đổi giá trị nhập vào thành ngày; hãy định dạng cột là văn bản (Text) rồi ghi năm (`2023`), 6 tháng (`2023-H1`), quý (`2023-Q1`) hoặc tháng (`2023-01`)
data-bad-period-report = báo cáo `{ $report }` được gửi { $every }, nên kỳ báo cáo ghi theo dạng { $example }, không phải `{ $period }`
data-bad-period-task = `{ $task }` được thực hiện { $every } từ năm { $first } đến năm { $last }, nên kỳ phải nằm trong khoảng từ `{ $from }` đến `{ $to }`, không phải `{ $period }`

## Số bị loại.
data-bad-number = cột { $column }: `{ $text }` không phải là số
data-bad-number-comma-file = cột { $column }: `{ $text }` không phải là số theo cách ghi của tệp này, tệp dùng dấu phẩy thập phân: dấu chấm chỉ để phân cách hàng nghìn (1.234.567); hãy ghi `{ $fixed }`
data-bad-number-point-file = cột { $column }: `{ $text }` không phải là số theo cách ghi của tệp này, tệp dùng dấu chấm thập phân: dấu phẩy chỉ để phân cách hàng nghìn (1,234,567); hãy ghi `{ $fixed }`
data-bad-number-infinite = cột { $column }: { $value } không phải là số
data-bad-number-date = cột { $column } chứa ngày { $date }, không phải là số; hãy định dạng ô là số (Number)
data-cell-duration = cột `{ $column }` chứa một khoảng thời gian, không phải ngày cũng không phải số; hãy định dạng ô là số hoặc ngày
data-cell-error = cột `{ $column }` chứa lỗi { $error } (kết quả của công thức); hãy sửa công thức hoặc nhập trực tiếp giá trị
data-cell-time-of-day = cột `{ $column }` chứa giờ trong ngày, không phải ngày; hãy nhập ngày (DD/MM/YYYY)
data-cell-past-9999 = cột `{ $column }` chứa ngày sau năm 9999; hãy nhập ngày (DD/MM/YYYY)
data-cell-no-such-day = cột `{ $column }` chứa { $date }, là ngày không có thật; hãy nhập ngày (DD/MM/YYYY)
data-cell-iso-date = cột `{ $column }` chứa ngày `{ $text }`, không đọc được: { $why }

## Giá trị nằm ngoài phạm vi đơn vị tính cho phép.
data-out-of-range = giá trị { $value } nằm ngoài phạm vi của đơn vị tính `{ $unit }` ({ $range })
data-negative-count = cột { $column }: { $value } là số âm; số đếm phải từ 0 trở lên
data-negative-element = giá trị { $value } là số âm; phần tử dữ liệu là số đếm nên phải từ 0 trở lên

## Ngày bị loại.
data-bad-date-number = cột { $column } chứa số { $value }, không phải là ngày; hãy định dạng ô là ngày (Date), hoặc ghi theo dạng YYYY-MM-DD hay DD/MM/YYYY
data-bad-date = cột { $column }: `{ $text }` không phải là ngày có thật: { $why }

## Ô hiển thị dạng phần trăm.
data-percent-refused = cột { $column } được định dạng phần trăm ({ $points }%, bảng tính lưu là { $stored }), nhưng { $why }; hãy định dạng ô là số và ghi đúng giá trị của cột { $column }
data-percent-why-count = cột { $column } là số đếm
data-percent-why-unit = đơn vị tính của chỉ tiêu là `{ $unit }`, không phải phần trăm
data-percent-why-element = phần tử dữ liệu là số đếm, không phải phần trăm
data-percent-shown = cột { $column } được định dạng phần trăm ({ $points }%); hãy định dạng ô là số

## Tệp không đọc được (data::unreadable).
data-cannot-read-file = không đọc được tệp: { $why }
data-file-folder = đây là thư mục, không phải tệp
data-file-not-found = không có tệp này
data-file-not-utf16 = tệp không phải { $encoding }: các ký tự đầu tiên không có byte NUL nào như UTF-16 tạo ra cho mỗi chữ của dòng tiêu đề; hãy đọc tệp mà không dùng --encoding
data-file-line-too-long = dòng đầu tiên dài hơn { $mib } MiB: tệp không có ký tự xuống dòng, hoặc không phải tệp CSV
data-file-record-too-long = bản ghi bắt đầu ở dòng { $line } dài hơn { $mib } MiB: có dấu nháy kép (") không được đóng, hoặc tệp không có ký tự xuống dòng; hãy đóng dấu nháy, hoặc lưu lại tệp dưới dạng CSV
data-workbook-too-large = tệp Excel lớn hơn { $mib } MiB, vượt quá dung lượng một trang tính một triệu dòng của Excel; hãy chia nhỏ tệp, hoặc lưu trang tính dưới dạng CSV (tệp CSV được đọc dần, dù lớn đến đâu)
data-cannot-read-workbook = không đọc được tệp Excel: { $why }
data-workbook-damaged = không đọc được tệp Excel: nội dung tệp bị hỏng; { data-save-again }
data-no-such-sheet = tệp Excel không có trang tính `{ $wanted }`; các trang tính của tệp là { $sheets }: hãy chọn một trang tính bằng --sheet
data-no-worksheet = tệp Excel không có trang tính nào
data-no-sheet-shown = tệp Excel không hiển thị trang tính nào (các trang tính { $sheets } đều bị ẩn); hãy chọn trang tính cần đọc bằng --sheet
data-no-header = không trang tính nào của tệp Excel bắt đầu bằng dòng tiêu đề ghi tên các cột (indicator,area,period,value hoặc agency,report,period,received): { $skipped }
data-json-shape = tệp không phải là mảng JSON các dòng, cũng không phải đối tượng có `observations`: { $why } tại dòng { $line } cột { $column }
data-row-not-object = mỗi dòng phải là một đối tượng JSON, ví dụ {"{"}"indicator": "3", "area": "son_la", "period": "2023", "value": 11.5{"}"}
data-row-too-long = đối tượng dòng dài hơn { $mib } MiB nên bị bỏ qua; mỗi dòng chỉ gồm vài trường ngắn: hãy tìm dấu `{"{"}` hoặc `"` chưa được đóng
data-row-not-json = dòng không phải JSON hợp lệ: { $why } tại dòng { $line } cột { $column }
data-bad-decimal = `"decimal": { $written }` không phải là dấu thập phân; hãy ghi `"decimal": "comma"` (số như 9,5) hoặc `"decimal": "point"` (9.5)
data-late-decimal = `"decimal": "{ $style }"` đứng sau các dòng mà nó áp dụng, nên các dòng đó đã được đọc theo cách khác; hãy đặt `"decimal"` trước `"observations"` (các dòng được đọc lần lượt theo thứ tự trong tệp)

## Tệp không phải là tệp Excel đọc được.
data-not-workbook-empty = tệp rỗng; tệp Excel phải có ít nhất một trang tính
data-not-workbook-password = tệp Excel được bảo vệ bằng mật khẩu; hãy mở tệp bằng Excel, gỡ mật khẩu (File, Info, Protect Workbook) rồi lưu một bản sao
data-not-workbook-xls = đây là tệp Excel 97-2003 (.xls), không đọc được định dạng số, nên không phân biệt được ô hiển thị 95% với ô chứa 0,95; { data-save-as-xlsx }
data-not-workbook-html = đây là trang HTML hoặc XML, không phải tệp Excel (các hệ thống trên web thường xuất trang như vậy với tên "Excel"); { data-save-as-xlsx }
data-not-workbook-text = đây là tệp văn bản, không phải tệp Excel: nếu là tệp CSV, hãy đặt tên tệp có đuôi .csv
data-not-workbook-other = đây không phải là tệp Excel; { data-save-as-xlsx }
data-not-workbook-not-zip = đây không phải là tệp nén zip đọc được, như một tệp Excel .xlsx phải là ({ $why }); { data-save-as-xlsx }
data-not-workbook-zip-directory = không đọc được danh mục của tệp nén zip ({ $why }); { data-save-as-xlsx }
data-not-workbook-ods = đây là bảng tính OpenDocument (.ods), không đọc được định dạng số, nên không phân biệt được ô hiển thị 95% với ô chứa 0,95; { data-save-as-xlsx }
data-not-workbook-xlsb = đây là tệp Excel nhị phân (.xlsb), không đọc được định dạng số, nên không phân biệt được ô hiển thị 95% với ô chứa 0,95; { data-save-as-xlsx }
data-not-workbook-no-workbook-part = đây là tệp nén zip không chứa sổ tính Excel; { data-save-as-xlsx }
data-not-workbook-too-large-unpacked = các phần của tệp khi giải nén lên tới { $mib } MiB, vượt mức { $limit_mib } MiB được đọc từ một tệp Excel (tệp lớn như vậy là tệp hỏng, hoặc được tạo ra để chiếm hết bộ nhớ); hãy lưu trang tính dưới dạng CSV để đọc dần
data-not-workbook-shared-strings-overflow = bảng chuỗi dùng chung của tệp khai báo { $declared } chuỗi, nhiều hơn mức { $size } byte của bảng có thể chứa: tệp bị hỏng; { data-save-as-xlsx }
data-not-workbook-shared-strings-unreadable = không đọc được bảng chuỗi dùng chung của tệp ({ $why }); { data-save-as-xlsx }
data-not-workbook-unreadable = đây không phải là tệp Excel đọc được ({ $why }); { data-save-as-xlsx }

## Trang tính không đọc được.
data-sheet-open = không đọc được trang tính `{ $sheet }`: { $why }
data-sheet-out-of-order = các dòng của trang tính không theo thứ tự (dòng { $row } nằm sau dòng { $after }): tệp bị hỏng; { data-save-again }
data-sheet-broken = không đọc được trang tính: { $why }; { data-save-again }

## Chỗ tệp JSON không theo cấu trúc quy định.
data-json-empty = tệp rỗng; hãy ghi một mảng các dòng, `[ {"{"}"indicator": "3", ...{"}"}, ... ]`
data-json-not-array-or-object = cần `[` (một mảng các dòng) hoặc `{"{"}` (một đối tượng có `observations`)
data-json-unclosed-array = tệp kết thúc khi mảng các dòng chưa được đóng (thiếu `]`)
data-json-trailing-comma = sau dấu `,` phải có thêm một dòng (hãy xóa dấu `,` cuối cùng)
data-json-comma-for-row = cần một dòng, nhưng gặp `,`
data-json-no-comma-after-row = sau một dòng cần có `,` hoặc `]`
data-json-unclosed-object = tệp kết thúc khi đối tượng chưa được đóng (thiếu `{"}"}`)
data-json-key-not-quoted = cần một khóa đặt trong dấu nháy kép, như "observations"
data-json-no-comma-after-value = sau một giá trị cần có `,` hoặc `{"}"}`
data-json-no-observations = đối tượng không có khóa `observations` chứa các dòng
data-json-text-after-end = có nội dung thừa sau khi giá trị JSON đã kết thúc
data-json-bad-key = khóa không phải là chuỗi JSON hợp lệ
data-json-no-colon = sau khóa cần có `:`
data-json-observations-not-array = `observations` phải là một mảng các dòng, `[ ... ]`
data-json-unclosed-value = tệp kết thúc khi giá trị bắt đầu tại dòng { $line } cột { $column } chưa được đóng

## Dòng tiêu đề thiếu cột (data::missing_column) hoặc có thể hiểu theo hai cách (data::bad_header).
data-empty-file = tệp rỗng: tệp cần có dòng tiêu đề ghi tên các cột (indicator,area,period,value)
data-empty-sheet = trang tính trống
data-missing-observation-columns = { $count ->
    [1] dòng tiêu đề thiếu cột { $missing }, nên không đọc được dòng nào; dòng tiêu đề của tệp số liệu là `indicator,area,period,value` (docs/data-and-evaluation.md liệt kê các cột khác)
   *[other] dòng tiêu đề thiếu các cột { $missing }, nên không đọc được dòng nào; dòng tiêu đề của tệp số liệu là `indicator,area,period,value` (docs/data-and-evaluation.md liệt kê các cột khác)
    }
data-missing-columns-numbers = ; dòng đầu tiên chứa số, có thể tệp chưa có dòng tiêu đề: hãy thêm dòng tiêu đề
data-missing-submission-columns = { $count ->
    [1] dòng tiêu đề của tệp báo cáo đã nhận thiếu cột { $missing }; dòng tiêu đề đúng là `agency,report,period,received`
   *[other] dòng tiêu đề của tệp báo cáo đã nhận thiếu các cột { $missing }; dòng tiêu đề đúng là `agency,report,period,received`
    }
data-missing-completion-columns = { $count ->
    [1] dòng tiêu đề của tệp nhiệm vụ đã hoàn thành thiếu cột { $missing }; dòng tiêu đề đúng là `task,agency,period,done_on,note` (có thể bỏ cột `note`)
   *[other] dòng tiêu đề của tệp nhiệm vụ đã hoàn thành thiếu các cột { $missing }; dòng tiêu đề đúng là `task,agency,period,done_on,note` (có thể bỏ cột `note`)
    }
data-column-named-twice = cột `{ $name }` xuất hiện hai lần (cột { $first } và cột { $second }), nên không xác định được cần đọc cột nào; hãy xóa hoặc đổi tên một cột
data-header-mixed = dòng tiêu đề có cả cột của số liệu chỉ tiêu ({ $observations }) và cột của báo cáo đã nhận ({ $submissions }); mỗi tệp chỉ chứa một loại dòng: số liệu chỉ tiêu (indicator,area,period,value) hoặc báo cáo đã nhận (agency,report,period,received); hãy tách thành hai tệp
data-header-mixed-completions = dòng tiêu đề có cả cột của nhiệm vụ đã hoàn thành ({ $completions }) và cột của số liệu chỉ tiêu hoặc báo cáo đã nhận ({ $others }); tệp nhiệm vụ đã hoàn thành có các cột task,agency,period,done_on,note; hãy tách riêng

## Những gì không được đọc (data::unknown_column).
data-unknown-column = cột `{ $name }` không phải là cột được quy định ({ $known }) cũng không phải tiêu chí phân tổ của Kế hoạch; cột này bị bỏ qua
data-not-submission-column = cột `{ $name }` không phải là cột của tệp báo cáo đã nhận (agency, report, period, received); cột này bị bỏ qua
data-not-completion-column = cột `{ $name }` không phải là cột của tệp nhiệm vụ đã hoàn thành (task, agency, period, done_on, note); cột này bị bỏ qua
data-unnamed-columns = { $count ->
    [1] cột { $columns } chưa có tên, nên các ô của cột bị bỏ qua
   *[other] các cột { $columns } chưa có tên, nên các ô của các cột này bị bỏ qua
    }
data-bad-directive = `#decimal={ $value }` không phải là dấu thập phân: hãy ghi `#decimal=comma` (9,5) hoặc `#decimal=point` (9.5); dòng này bị bỏ qua
data-style-overridden = tệp tự khai báo dấu thập phân ({ $declared }), nên cách ghi này được dùng thay cho tùy chọn áp dụng chung cho mọi tệp
data-top-level-key = khóa `{ $key }` của đối tượng ngoài cùng không phải là `decimal` hay `observations`; khóa này bị bỏ qua
data-unknown-key = khóa `{ $key }` không phải là cột được quy định ({ $known }) cũng không phải tiêu chí phân tổ của Kế hoạch; khóa này bị bỏ qua
data-more-keys = các khóa khác không phải cột được quy định cũng không phải tiêu chí phân tổ của Kế hoạch, như `{ $key }`, cũng bị bỏ qua; chỉ liệt kê { $listed } khóa đầu tiên
data-cells-outside = { $count ->
    [1] 1 ô nằm ngoài các cột của dòng tiêu đề ({ $first }) bị bỏ qua; để đọc ô này, hãy ghi tên cột của ô vào dòng tiêu đề (dòng { $header_row })
   *[other] { $count } ô nằm ngoài các cột của dòng tiêu đề (ô đầu tiên là { $first }) bị bỏ qua; để đọc các ô này, hãy ghi tên cột của chúng vào dòng tiêu đề (dòng { $header_row })
    }

## Các byte không phải văn bản (data::encoding).
data-not-utf8 = { $count ->
   *[other] dòng này không phải văn bản UTF-8: cột { $column } chứa byte { $bytes }; tệp được lưu bằng bảng mã khác, nhiều khả năng là { $likely }: hãy lưu lại tệp dưới dạng "CSV UTF-8", hoặc đọc tệp với --encoding { $label }
    }
data-code-page-1258 = Windows-1258 (bảng mã tiếng Việt mà Excel dùng khi lưu "CSV (Comma delimited)" trên Windows tiếng Việt)
data-code-page-1252 = Windows-1252 (bảng mã mà Excel dùng khi lưu "CSV (Comma delimited)" trên Windows của các nước phương Tây)
data-not-in-encoding = dòng { $line } (byte { $offset }) chứa { $bytes }, không phải văn bản theo bảng mã { $encoding }; tệp được lưu bằng bảng mã khác: hãy lưu lại tệp dưới dạng "CSV UTF-8", hoặc chỉ rõ bảng mã của tệp bằng --encoding
data-utf8-in-code-page = dòng { $line } (byte { $offset }) chứa { $bytes }, là một chữ mã hóa theo UTF-8, nhưng tệp đang được đọc theo bảng mã { $encoding } (--encoding): tệp là UTF-8, vì vậy hãy đọc tệp mà không dùng --encoding (chạy một lệnh riêng nếu các tệp khác cần tùy chọn này)

## Trang tính không được đọc (data::skipped_sheet).
data-sheets-skipped-before = số liệu được đọc từ trang tính `{ $sheet }`, trang đầu tiên bắt đầu bằng dòng tiêu đề; các trang tính trước đó bị bỏ qua: { $skipped }
data-sheet-hidden = `{ $sheet }` (đang ẩn)
data-other-sheets = { $count ->
    [1] trang tính { $others } cũng bắt đầu bằng dòng tiêu đề nhưng không được đọc: mỗi tệp Excel chỉ đọc một trang tính, ở đây là `{ $sheet }`; để đọc trang tính khác, hãy lưu trang đó thành tệp riêng, hoặc chọn trang đó bằng --sheet
   *[other] các trang tính { $others } cũng bắt đầu bằng dòng tiêu đề nhưng không được đọc: mỗi tệp Excel chỉ đọc một trang tính, ở đây là `{ $sheet }`; để đọc trang tính khác, hãy lưu trang đó thành tệp riêng, hoặc chọn trang đó bằng --sheet
    }

## Câu truy vấn không chạy được (query::*): lỗi, `.label` tại chỗ lỗi, `.help` cách sửa
## (hoặc diag-did-you-mean, khi tìm thấy từ gần giống; câu truy vấn lồng ngoặc quá sâu dùng
## nhãn và gợi ý của diag-named-query-too-deep).
query-syntax = cần { $wanted }, nhưng gặp `{ $found }`
    .label = cần { $wanted } ở đây
    .help = xem `:help syntax` để biết các dạng câu truy vấn
query-incomplete = câu truy vấn dừng ở đây, nhưng còn thiếu { $wanted }
    .label = còn thiếu nội dung ở đây
    .help = hãy viết tiếp câu truy vấn với { $wanted }
query-unclosed-text = đoạn văn bản này chưa được đóng
    .label = mở từ đây
    .help = hãy đóng bằng `"`
query-unclosed-parenthesis = dấu ngoặc này chưa được đóng
    .label = mở từ đây
    .help = hãy đóng bằng `)`
query-too-deep = truy vấn lồng ngoặc sâu quá { $limit } mức
query-unknown-start = không có loại truy vấn `{ $word }`
    .label = không phải là một loại truy vấn
    .help = câu truy vấn bắt đầu bằng indicators, targets, agencies, objectives, reports, late, missing, count hoặc show; lệnh bắt đầu bằng `:` (`:help`)
query-dates-reversed = hai ngày bị ghi ngược thứ tự: ngày { $from } ở sau ngày { $to }
    .label = từ .. đến
    .help = hãy ghi ngày trước lên trước: `due { $to_written }..{ $from_written }`
query-bad-date = `{ $written }` không phải là ngày: { $why }
    .label = không phải là ngày
    .help = hãy ghi ngày theo dạng YYYY-MM-DD, ví dụ 2025-06-30
query-bad-limit = `limit { $written }` không phải là số dòng nguyên
    .label = cần một số nguyên ở đây
    .help = hãy ghi số dòng cần giữ lại, ví dụ `limit 10`
query-number-too-large = `{ $written }` quá lớn, không dùng làm số được
    .label = số này
    .help = hãy ghi một số nhỏ hơn
query-internal = lỗi nội bộ: gặp cây cú pháp không mong đợi khi đọc câu truy vấn
    .help = đây là lỗi của planlang; xin báo lỗi kèm theo câu truy vấn gây ra lỗi
query-unknown-id = Kế hoạch không có chỉ tiêu, chỉ tiêu thành phần, cơ quan, nhiệm vụ hay dự án nào có mã `{ $id }`
    .label = không phải là mã trong Kế hoạch
    .help = `show` nhận một chỉ tiêu (3), chỉ tiêu thành phần (16a), cơ quan (yte), nhiệm vụ hoặc dự án; các truy vấn `indicators`, `agencies`, `tasks` và `projects` liệt kê các mã này
query-unknown-subject = không có loại truy vấn `{ $word }`
    .label = không phải là đối tượng mà truy vấn liệt kê được
    .help = câu truy vấn liệt kê { $subjects }
query-unknown-field = không có trường `{ $field }`
    .label = không phải là trường của { $subject }
    .help = { $subject } có các trường { $fields }
query-count-sort-field = không thể sắp xếp kết quả đếm theo `{ $field }`
    .label = không phải là cột của kết quả đếm
    .help = hãy sắp xếp theo một trong các cột: { $columns }
query-repeated-clause = `{ $clause }` được viết hai lần
    .label = lần thứ hai
    .help = chỉ giữ một `{ $clause }`
query-state-not-applicable = `{ $state }` chỉ áp dụng cho { $subjects }, không áp dụng cho { $subject }
    .label = chỉ { $subjects } mới có trạng thái { $state }
    .help = hãy viết `{ $state } { $example }`
query-state-applies-to-nothing = không đối tượng nào
query-due-not-applicable = `due` chỉ áp dụng cho targets, reports, tasks và projects, không áp dụng cho { $subject }
    .label = ở đây không có hạn
    .help = hãy viết `targets due { $year }` để xem các chỉ tiêu của năm đó, hoặc `reports due ...` để xem hạn gửi báo cáo
query-columns-in-count = kết quả đếm chỉ gồm các nhóm và `count`, nên không dùng được `columns`
    .label = hãy bỏ phần này
    .help = hãy chọn nhóm bằng `by`: `count indicators by status, lead`
query-repeated-field = `{ $field }` được ghi hai lần sau `by`
    .label = ghi lại lần nữa ở đây
    .help = mỗi trường chỉ nhóm một lần: hãy bỏ `{ $field }` này
query-contains-on-numbers = `~` dùng để tìm trong văn bản, nhưng `{ $field }` là { $kind }
    .label = phép tìm
    .help = hãy so sánh bằng =, !=, <, <=, > hoặc >=
query-ordering-on-text = `{ $op }` dùng để so sánh số và ngày, nhưng `{ $field }` là { $kind }
    .label = phép so sánh lớn nhỏ
    .help = hãy dùng `=`, `!=` hoặc `~` (có chứa) với `{ $field }`
query-not-a-number = `{ $field }` là số, còn `{ $written }` không phải là số
    .label = cần một số ở đây
    .help = hãy so sánh `{ $field }` với một số, ví dụ `{ $field } >= 2025`
query-not-a-date = `{ $field }` là ngày, còn `{ $written }` không phải là ngày
    .label = cần một ngày ở đây
    .help = hãy ghi ngày theo dạng YYYY-MM-DD, ví dụ `{ $field } >= 2025-01-01`
query-unknown-value-of-plan = Kế hoạch không có { $what } `{ $value }`
    .label = không phải là giá trị của `{ $field }`
query-unknown-value = `{ $value }` không phải là { $what }
    .label = không phải là giá trị của `{ $field }`
query-value-parts-of = chỉ tiêu { $value } gồm các chỉ tiêu thành phần { $parts }: hãy ghi một trong số đó, hoặc dùng `number = { $value }` với indicators
query-value-one-of = `{ $field }` nhận một trong các giá trị: { $values }

## Loại giá trị của một trường.
query-kind = { $kind ->
    [text] văn bản
    [ref] một mã
    [refs] danh sách mã
    [number] số
    [numbers] danh sách số
   *[date] ngày
    }

## Nguồn các giá trị của một trường.
query-domain = { $domain ->
    [measures] chỉ tiêu hoặc chỉ tiêu thành phần
    [agencies] cơ quan
    [objectives] mục tiêu
    [reports] báo cáo
    [units] đơn vị tính
    [directions] chiều biến động
    [statuses] tình trạng
    [target_kinds] loại chỉ tiêu
    [yes_no] giá trị (yes hoặc no)
    [report_statuses] tình trạng báo cáo
    [tasks] nhiệm vụ
    [projects] dự án
    [assignments] chỉ tiêu, chỉ tiêu thành phần, dự án hoặc nhiệm vụ
    [covered] chỉ tiêu, chỉ tiêu thành phần hoặc nhiệm vụ
    [task_statuses] tình trạng nhiệm vụ
    [agency_roles] vai trò (assigned hoặc requested)
   *[free] giá trị
    }

## Những gì cú pháp truy vấn cần.
query-wanted-anything = một câu truy vấn
query-wanted-sort-order = `asc` hoặc `desc`
query-wanted-report-state = `late`, `missing` hoặc `overdue`
query-wanted-subject = đối tượng cần liệt kê (indicators, targets, agencies, objectives hoặc reports)
query-wanted-field = một trường
query-wanted-comparison = một phép so sánh (=, !=, <, <=, >, >= hoặc ~)
query-wanted-value = một giá trị (một từ, một số, một ngày hoặc một đoạn văn bản trong dấu nháy)
query-wanted-text = một đoạn văn bản trong dấu nháy
query-wanted-word = một từ
query-wanted-number = một số
query-wanted-dates = một năm (2025) hoặc hai ngày (2025-01-01..2025-06-30)
query-wanted-condition = một điều kiện
query-wanted-end = hết câu truy vấn

## Ghi chú của kết quả đánh giá (eval::note): vì sao chỉ tiêu có tình trạng như vậy khi các
## con số chưa tự nói lên điều đó. Các kỳ được viết như period-* của evaluation.ftl, một năm như
## note-year; $percent, $part và $whole_year là yes hoặc no.
note-year = năm { $year }
note-vision-not-due = chỉ tiêu tầm nhìn năm { $first }, sau giai đoạn { $start }-{ $end } của Kế hoạch: được đánh giá từ năm { $first }
note-no-period-ended = chưa hết kỳ nào của Kế hoạch, nên chưa đến hạn có số liệu
note-no-data = chưa có số liệu
note-no-milestone-value = chưa có số liệu { $at }, dù đã qua mốc và đã đến hạn có số liệu
note-met-early = đã đạt từ { $met }, sớm hơn mốc { $at }
note-meets-before-milestone = đã đạt mức chỉ tiêu từ { $met }; giá trị { $at } mới là căn cứ đánh giá
note-baseline-differs = dùng giá trị năm gốc { $year } đã khai báo là { $declared }; số liệu ghi { $reported } cho năm { $year }
note-trend-needs-two-values = cần hai giá trị ở hai thời điểm khác nhau (năm gốc và một năm sau đó) để xác định xu hướng
note-distance = chỉ tiêu dự báo được đánh giá theo khoảng cách đến khoảng từ { $low } đến { $high }: lệch { $off }
note-held-from = mức chỉ tiêu phải duy trì từ năm { $from }
note-no-yearly-value-since = chưa có số liệu năm nào từ năm { $from }
note-level-broken = { $period } đạt { $value }, không giữ được mức chỉ tiêu
note-held-with-gaps = giữ được mức chỉ tiêu ở mọi năm có số liệu; chưa có số liệu năm { $missing }
note-change-from = mức thay đổi được tính từ năm { $from }
note-change-without-start = cần giá trị ban đầu để tính mức thay đổi: chưa có năm gốc và chưa có số liệu
note-change-as-level = { $percent ->
    [yes] thay đổi { $change } % so với { $start } ({ $start_period }), tức là đạt mức { $level } vào năm { $until }
   *[no] thay đổi { $change } so với { $start } ({ $start_period }), tức là đạt mức { $level } vào năm { $until }
    }
note-rate-from = tốc độ thay đổi hằng năm áp dụng từ năm { $from }
note-rate-needs-two-years = cần số liệu của hai năm để tính mức thay đổi hằng năm
note-growth-undefined = không tính được tốc độ tăng trưởng khi có giá trị âm
note-change-baseline-missing = mức thay đổi được tính từ mức của năm { $year }, nhưng số liệu chưa có giá trị năm { $year }
note-not-in-scope = { $part ->
    [yes] chỉ tiêu thành phần { $id } chỉ áp dụng cho { $areas }; { $area } không thuộc các địa bàn này nên không có số liệu (hãy đánh giá một trong các địa bàn đó bằng --area)
   *[no] chỉ tiêu { $id } chỉ áp dụng cho { $areas }; { $area } không thuộc các địa bàn này nên không có số liệu (hãy đánh giá một trong các địa bàn đó bằng --area)
    }
note-partly-in-scope = { $part ->
    [yes] chỉ tiêu thành phần { $id } áp dụng cho { $areas }; { $area } chỉ bao gồm một số địa bàn trong đó, nên tổng của các địa bàn này không phải là mức Kế hoạch đặt ra (hãy đánh giá địa bàn bao gồm tất cả, hoặc từng địa bàn bằng --area)
   *[no] chỉ tiêu { $id } áp dụng cho { $areas }; { $area } chỉ bao gồm một số địa bàn trong đó, nên tổng của các địa bàn này không phải là mức Kế hoạch đặt ra (hãy đánh giá địa bàn bao gồm tất cả, hoặc từng địa bàn bằng --area)
    }
note-year-incomplete = số liệu năm { $year } mới có { $months } trên 12 tháng, nên chưa biết tổng số cả năm
note-no-year-total = chưa có tổng số năm { $year }, dù năm đã kết thúc và đã đến hạn có số liệu
note-year-so-far = lũy kế đến hết { $period } ({ $months } tháng): đến thời điểm này phải đạt { $share } chỉ tiêu cả năm ({ $basis })
note-period-decides = { $counted } là căn cứ đánh giá
note-period-total-unknown = chưa biết { $counted }, dù kỳ đã kết thúc và đã đến hạn có số liệu
note-period-not-begun = chỉ tiêu đặt cho { $period }, số liệu đến hạn khi kỳ này kết thúc
note-period-so-far = { $counted } tính đến hết { $to } ({ $months } trên { $of } tháng): đến thời điểm này phải đạt { $share } chỉ tiêu ({ $basis })
note-no-complete-year = chưa có tổng số của năm trọn vẹn nào để xác định xu hướng
note-flow-meets-early = tổng số { $latest } đã đạt chỉ tiêu; chỉ tiêu thời kỳ được tính lại từ đầu mỗi năm, nên tổng số năm { $year } mới là căn cứ đánh giá
note-step = ghi chú: { $note }
note-counted-to-date = tổng số từ tháng 1 đến hết { $period }
note-counted-own = tổng số riêng của { $period }
note-share = { $share } %
note-basis-seasonal = theo tỷ trọng của năm { $year }
note-basis-elapsed = { $whole_year ->
    [yes] theo tỷ lệ thời gian đã qua của năm
   *[no] theo tỷ lệ thời gian đã qua của kỳ
    }

## Tệp số liệu không dùng được (một lỗi: lệnh in sau `lỗi: `).
data-files-unusable = { $count ->
    [1] không dùng được tệp { $files } (xem ở trên); hãy sửa tệp rồi chạy lại lệnh
   *[other] không dùng được các tệp { $files } (xem ở trên); hãy sửa các tệp này rồi chạy lại lệnh
    }

## --encoding nêu một bảng mã không có (src/data/decode.rs).
data-unknown-encoding = planlang không biết bảng mã `{ $label }`; hãy dùng utf-8, utf-16le, utf-16be, windows-1258 (Windows tiếng Việt) hoặc windows-1252 (Windows Tây Âu)
