# Các từ của planlang bằng tiếng Việt: nội dung các lỗi và cảnh báo khi kiểm tra kế hoạch
# (tệp kế hoạch, kế hoạch cấp dưới, văn bản sửa đổi). Mỗi thông điệp ở đây có bản tiếng Anh
# trong ../en/diagnostics.ftl, cùng mã; thiếu một bên thì kiểm thử báo lỗi (src/i18n/tests.rs).
#
# Mỗi loại vấn đề một thông điệp: câu chính, rồi `.label` (ghi tại chỗ có vấn đề) và `.help`
# (cách sửa); lời ghi tại chỗ khác là các thuộc tính khác (`.first`). Mã lỗi
# (`plan::unknown_agency`) không dịch. Phần viết theo cú pháp kế hoạch trong dấu `…` giữ
# nguyên như tệp kế hoạch viết (từ khóa tiếng Anh, số dùng dấu chấm thập phân).

## Các thành phần dùng trong nhiều thông điệp.
diag-indicator = chỉ tiêu { $id }
diag-part = chỉ tiêu thành phần { $id }
diag-did-you-mean = có phải là `{ $name }`?
diag-list-or = { $first } hoặc { $last }
diag-list-and = { $first } và { $last }

## Những gì `plan check` viết ngoài các vấn đề, và tiêu đề phần gợi ý.
diag-help-heading = gợi ý
diag-check-summary = { $file }: { $objectives } mục tiêu, { $indicators } chỉ tiêu ({ $measures } đại lượng đo): { diag-count-errors }, { diag-count-warnings }
diag-check-total = tổng cộng: đã kiểm tra { $files } tệp, { diag-count-errors }, { diag-count-warnings }
diag-count-errors = { $errors } lỗi
diag-count-warnings = { $warnings } cảnh báo

## Tên chưa được khai báo.
diag-kind-agency = cơ quan
diag-kind-objective = mục tiêu
diag-kind-area = địa bàn
diag-kind-element = phần tử dữ liệu
diag-kind-dimension = tiêu chí phân tổ
diag-kind-value = giá trị
diag-kind-unit = đơn vị tính
diag-kind-project = dự án
diag-kind-operand = phần tử dữ liệu hoặc chỉ tiêu
diag-kind-measure = chỉ tiêu hoặc chỉ tiêu thành phần
diag-unknown-name = chưa khai báo { $kind } `{ $name }`
    .label = không có { $kind } nào mang mã này
diag-unknown-dimension-value = `{ $name }` không phải là một giá trị của tiêu chí phân tổ `{ $dimension }`
    .label = không phải giá trị của `{ $dimension }`
diag-unknown-unit = chưa khai báo đơn vị tính `{ $name }`
    .label = không phải đơn vị tính có sẵn hay đã khai báo
diag-name-imported = tên này do các tệp được nhập (`import`) khai báo: hãy viết một trong các tên { $names }
diag-name-values-of = tiêu chí phân tổ `{ $dimension }` có các giá trị { $values }
diag-name-one-of = hãy viết một trong các tên { $values }
diag-declare-agency = hãy khai báo: `agency MÃ "Tên đầy đủ" short "Tên viết tắt"`
diag-declare-objective = hãy khai báo: `objective MÃ "Tên mục tiêu" source "II.1.a"`
diag-declare-area = hãy khai báo: `area MÃ "Tên địa bàn"`
diag-declare-element = hãy khai báo: `element MÃ "Tên"`
diag-declare-dimension = hãy khai báo: `dimension MÃ "Tên" {"{"} value "Tên" ... {"}"}`
diag-declare-value = hãy thêm giá trị này vào tiêu chí phân tổ của nó
diag-declare-unit = hãy dùng một đơn vị tính có sẵn (percent, per_mille, per_100k, count) hoặc khai báo: `unit MÃ "ký hiệu" range 0..`
diag-declare-project = hãy khai báo: `project MÃ "Tên dự án" {"{"} ... {"}"}`
diag-declare-operand = hãy khai báo: `element MÃ "Tên"`, hoặc dùng một chỉ tiêu hay chỉ tiêu thành phần của kế hoạch (`formula 12a / 12 * 100`)
diag-declare-measure = phép cộng tổng chỉ cộng các chỉ tiêu hoặc chỉ tiêu thành phần của kế hoạch này (`total of 12b, 12c`); chỉ tiêu có các thành phần thì được gọi qua các thành phần của nó

## Đọc văn bản.
diag-syntax = cần { $expected }, nhưng gặp { $found }
    .label = không được viết ở đây
diag-syntax-unexpected = gặp { $found } ở chỗ không được viết
diag-missing-at-line-end = thiếu { $expected } ở cuối dòng này
    .label = cần { $expected } sau chỗ này
    .help = hãy viết cho đủ dòng; câu lệnh thiếu giá trị không thể viết tiếp sang dòng sau
diag-unclosed-text = đoạn văn bản này không được đóng
    .label = dấu `"` mở ở đây không có dấu `"` đóng trên cùng dòng
    .help = hãy thêm `"` vào cuối đoạn văn bản; một đoạn văn bản không được viết trên nhiều dòng
diag-unclosed-block = khối này không được đóng
    .label = dấu `{"{"}` này không có dấu `{"}"}` tương ứng
    .help = hãy thêm `{"}"}` ở chỗ khối kết thúc
    .place = tệp kết thúc ở đây
diag-unclosed-block-before = { diag-unclosed-block }
    .label = { diag-unclosed-block.label }
    .help = hãy thêm `{"}"}` trước `{ $next }`
    .place = `{ $next }` bắt đầu ở đây
diag-decimal-comma = `{ $written }` được viết với dấu phẩy thập phân
    .label = dấu phẩy thập phân
    .help = tệp kế hoạch dùng dấu chấm thập phân: hãy viết `{ $point }`
diag-bad-number = `{ $written }` quá lớn, không dùng làm giá trị được
    .label = quá lớn
    .help = giá trị phải nằm trong khoảng từ -10^15 đến 10^15
diag-bad-milestone = `{ $written }` không phải là một kỳ có trong lịch
    .label = không có kỳ này
    .help = hãy viết một năm (`2026`), sáu tháng (`2026-H1`, `2026-H2`), một quý (`2026-Q1` đến `2026-Q4`) hoặc một tháng (`2026-01` đến `2026-12`)
diag-bad-date = `{ $written }` không phải là ngày có thật: { $why }
    .label = không có ngày này
    .help = hãy đối chiếu ngày với văn bản (ngày được viết theo dạng YYYY-MM-DD)
diag-bad-due-day = `{ $written }` không phải là một ngày trong năm: { $why }
    .label = không có ngày này
    .help = hãy viết thời hạn theo dạng DD/MM, ngày trước tháng sau, như văn bản tiếng Việt vẫn viết
diag-bad-due-month = `{ $written }` không phải là một tháng: { $why }
    .label = không có tháng này
    .help = hãy viết tháng bằng số từ 1 đến 12, kèm năm sau dấu `/` nếu thời hạn chỉ đến một lần (`11/2025`)
diag-internal = lỗi nội bộ: gặp cây cú pháp không lường trước khi đọc { $what }
    .label = {""}
    .help = đây là lỗi của planlang; xin báo lỗi kèm theo tệp đã gây ra lỗi

## Vì sao một đoạn văn bản không phải là ngày.
diag-date-form = `{ $text }` không phải là { $what ->
        [day-month] ngày và tháng
        [month] tháng
       *[date] ngày
    } theo dạng { $form }
diag-date-no-such-month = { $hint ->
        [yes] không có tháng { $month } (hãy viết ngày trước: DD/MM)
       *[no] không có tháng { $month }
    }
diag-date-no-such-day = { $month } có { $days } ngày, nên không có ngày { $day }
diag-month = tháng { $month }
diag-month-of-year = { $month } năm { $year }

## Ngữ pháp cần gì, và đã gặp gì.
diag-end-of-file = cuối tệp
diag-end-of-line = cuối dòng
diag-found-text = đoạn văn bản `{ $text }`
diag-hint-decimal-point = tệp kế hoạch dùng dấu chấm thập phân: hãy viết `9.5`, không viết `9,5`
diag-hint-at-least = hãy viết `>=` (tối thiểu, "đạt"): dấu `=` đứng sau
diag-hint-at-most = hãy viết `<=` (tối đa, "xuống"): dấu `=` đứng sau
diag-hint-unit-sign = hãy chỉ viết con số; đơn vị tính ghi ở dòng `unit` của chỉ tiêu (`unit { $unit }`)
diag-value-name = một mã
diag-value-text = một đoạn văn bản trong ngoặc kép
diag-value-number = một số
diag-value-year = một năm, ví dụ 2025
diag-value-date = một ngày, ví dụ 2021-04-28
diag-value-day-month = ngày và tháng, ví dụ 05/12
diag-value-month-of-year = một tháng, ví dụ 6 hoặc 11/2025
diag-value-milestone-or-comparison = một năm mốc hoặc một phép so sánh
diag-value-dimension-value = một giá trị phân tổ (mã và tên)
diag-value-lead-unknown = `?` (chưa có cơ quan chủ trì)
diag-value-comparison = một phép so sánh ({ $words })
diag-value-direction = chiều mong muốn ({ $words })
diag-value-period = kỳ báo cáo ({ $words })
diag-value-recurrence = tần suất lặp lại ({ $words })
diag-value-aggregation = cách tổng hợp ({ $words })
diag-value-weighted = weighted by PHẦN_TỬ
diag-value-unit = một đơn vị tính ({ $words })
diag-value-declared-unit = một đơn vị tính đã khai báo

## Các khai báo và các trường của chúng.
diag-kind-indicator = chỉ tiêu
diag-kind-part = chỉ tiêu thành phần
diag-kind-report = báo cáo
diag-kind-review = đợt đánh giá
diag-kind-query = truy vấn
diag-kind-task = nhiệm vụ
diag-kind-import = tệp nhập
# Trường thuộc về cái gì.
diag-item-plan = kế hoạch
diag-item-amendment = văn bản sửa đổi
diag-item-change = phần thay đổi { $id }
diag-item-unit = đơn vị tính `{ $id }`
diag-item-area = địa bàn `{ $id }`
diag-item-report = báo cáo `{ $id }`
diag-item-review = đợt đánh giá `{ $id }`
diag-item-project = dự án `{ $id }`
diag-item-task = nhiệm vụ `{ $id }`
# Giữa các tên của một vòng `in`: "a thuộc b thuộc a".
diag-nested-in = thuộc
diag-duplicate-header = tệp có phần đầu kế hoạch thứ hai
    .label = phần đầu thứ hai
    .help = mỗi tệp mô tả một kế hoạch: hãy gộp hai phần đầu làm một
    .first = phần đầu thứ nhất ở đây
diag-duplicate-header-amendment = tệp có phần đầu thứ hai
    .label = phần đầu thứ hai
    .help = mỗi tệp là một kế hoạch hoặc một văn bản sửa đổi: hãy giữ một phần đầu
    .first = phần đầu thứ nhất ở đây
diag-missing-header = tệp không có phần đầu kế hoạch
    .label = tệp này cần có `plan "tên" {"{"} ... {"}"}`
    .help = hãy mở đầu tệp bằng `plan "TÊN KẾ HOẠCH" {"{"} document "SỐ VĂN BẢN" issuer CƠ_QUAN signed 2021-04-28 period 2021..2030 {"}"}`
diag-bad-period = giai đoạn { $start }..{ $end } có năm kết thúc trước năm bắt đầu
    .label = năm kết thúc trước năm bắt đầu
    .help = hãy viết năm đầu trước: `period { $end }..{ $start }`
diag-missing-period = phần đầu kế hoạch không ghi giai đoạn thực hiện
    .label = phần đầu này không có `period`
    .help = hãy thêm các năm kế hoạch bao quát, ví dụ `period 2021..2030`
diag-missing-header-fields = phần đầu kế hoạch thiếu { $fields }
    .label = phần đầu chưa đủ
    .help = hãy ghi số văn bản (`document "196/QĐ-UBND"`), cơ quan ban hành (`issuer ubnd_tinh`) và ngày ký (`signed 2021-04-28`)
diag-amendment-incomplete = văn bản sửa đổi thiếu { $fields }
    .label = phần đầu văn bản sửa đổi chưa đủ
    .help = hãy ghi kế hoạch được sửa đổi (qua tên nhập của nó) và ngày các thay đổi có hiệu lực: `amends son_la  effective 2025-03-01`
diag-duplicate-id = { $kind } `{ $id }` được khai báo hai lần
    .label = khai báo lại ở đây
    .help = hãy đặt mã khác cho { $kind } này, hoặc bỏ một trong hai khai báo
    .first = khai báo lần đầu ở đây
diag-builtin-unit-declared = đơn vị tính `{ $unit }` là đơn vị có sẵn, không khai báo lại được
    .label = đơn vị tính có sẵn
    .help = hãy chọn mã khác cho đơn vị tính này
diag-duplicate-value = giá trị `{ $value }` của tiêu chí phân tổ `{ $dimension }` được khai báo hai lần
    .label = khai báo lại ở đây
    .help = hãy bỏ một trong hai khai báo
    .first = khai báo lần đầu ở đây
diag-duplicate-field = `{ $field }` được ghi hai lần cho { $item }
    .label = `{ $field }` lần thứ hai
    .help = hãy giữ một dòng `{ $field }` và bỏ dòng kia
    .first = ghi lần đầu ở đây
diag-dotted-id = mã { $kind } `{ $id }` có dấu `.`
    .label = mã khai báo ở đây không được có dấu `.`
    .help = dấu `.` dùng để nối tên của tệp nhập với các tên tệp đó khai báo (`national.9`); hãy viết `{ $fixed }`
diag-import-clash = có hai tệp nhập cùng mang tên `{ $alias }`
    .label = tệp nhập thứ hai mang tên này
    .help = hãy đặt cho mỗi tệp nhập một tên riêng sau `as`
    .first = tệp nhập thứ nhất mang tên này
diag-import-unreadable = không nhập được `{ $path }`: { $reason }
    .label = không đọc được tệp này
    .help = hãy nhập một tệp kế hoạch được lưu dưới dạng văn bản UTF-8
diag-import-relative = đường dẫn được tính từ thư mục chứa tệp này (`{ $folder }`)
diag-import-not-found = không có tệp này
diag-import-not-utf8 = tệp không phải văn bản UTF-8 (hãy lưu lại dưới dạng UTF-8)
diag-import-cycle = nhập `{ $path }` ở đây tạo thành một vòng lặp: { $chain }
    .label = nhập một tệp đang nhập chính tệp này
    .help = hãy chuyển phần dùng chung của các tệp này sang một tệp mà tệp nào cũng nhập, và tệp đó không nhập tệp nào trong số chúng
diag-import-too-deep = nhập `{ $path }` ở đây làm chuỗi nhập lồng nhau sâu quá { $limit } tệp: { $chain }
    .label = tệp thứ { $file } của chuỗi này
    .help = hãy nhập những gì các tệp ở cuối chuỗi khai báo từ một tệp gần đầu chuỗi hơn, để giữa chúng có ít tệp hơn
diag-duplicate-waiver = `{ $parent }` được ghi không áp dụng hai lần
    .label = ghi không áp dụng lại ở đây
    .help = mỗi chỉ tiêu của kế hoạch cấp trên chỉ cần một dòng `waive`
    .first = ghi không áp dụng lần đầu ở đây
diag-unit-range-backwards = khoảng giá trị của đơn vị tính `{ $unit }` có cận dưới lớn hơn cận trên
    .label = cận dưới
    .help = hãy viết cận nhỏ hơn trước
    .upper = cận trên
diag-area-cycle = các địa bàn nằm trong nhau: { $path }
    .label = chữ `in` này khép kín vòng
    .help = mỗi địa bàn nằm trong một địa bàn lớn hơn; hãy bỏ chữ `in` trỏ ngược xuống
diag-objective-cycle = các mục tiêu lồng vào nhau: { $path }
    .label = chữ `in` này khép kín vòng
    .help = mỗi mục tiêu cụ thể nằm dưới một mục tiêu chung hơn; hãy bỏ chữ `in` trỏ ngược xuống
diag-composite-with-target = chỉ tiêu { $indicator } có các chỉ tiêu thành phần, nên giá trị cơ sở và mức cần đạt thuộc về các thành phần đó
    .label = ghi ở chỉ tiêu có thành phần
    .help = hãy chuyển dòng này vào `part` mà nó đo
diag-composite-with-mapping = chỉ tiêu { $indicator } có các chỉ tiêu thành phần, nên mỗi thành phần tự ghi chỉ tiêu của kế hoạch cấp trên mà nó thực hiện
    .label = ghi ở chỉ tiêu có thành phần
    .help = hãy chuyển dòng này vào `part` thực hiện chỉ tiêu của kế hoạch cấp trên
diag-composite-with-total = chỉ tiêu { $indicator } có các chỉ tiêu thành phần, nên không có giá trị riêng để làm tổng
    .label = ghi ở chỉ tiêu có thành phần
    .help = hãy viết `total of` trong thành phần là tổng (`part a "Tổng số" {"{"} total of 12b, 12c {"}"}`), hoặc để chỉ tiêu tổng thành một chỉ tiêu không có thành phần
diag-missing-unit = { $measure } chưa có đơn vị tính
    .label = chưa ghi `unit`
    .help = hãy thêm đơn vị tính, ví dụ `unit percent`, `unit per_mille of "trẻ đẻ sống"` hoặc `unit count`
diag-missing-direction = { $measure } chưa có chiều mong muốn
    .label = chưa ghi `direction`
    .help = hãy cho biết chiều nào là tốt hơn: `direction increase` (tăng), `direction decrease` (giảm) hoặc `direction maintain` (duy trì)
diag-aggregate-with-formula = { $measure } có công thức, nên số liệu các địa bàn luôn được tổng hợp bằng cách cộng tử số và mẫu số
    .label = không được dùng
    .help = hãy bỏ `aggregate`: tỷ lệ theo công thức được tính lại từ các số đếm đã cộng, không bao giờ lấy trung bình
diag-unknown-covered = dự án `{ $project }` bao gồm `{ $id }`, nhưng đó không phải chỉ tiêu, chỉ tiêu thành phần hay nhiệm vụ nào của kế hoạch này
    .label = không có gì mang mã này
    .help = một dự án bao gồm các chỉ tiêu (`8`), chỉ tiêu thành phần (`7b`) hoặc nhiệm vụ của kế hoạch này
diag-covered-numbers = hãy đối chiếu số thứ tự với văn bản; các chỉ tiêu của kế hoạch là { $numbers }
diag-unchangeable-field = văn bản sửa đổi không thể thay đổi `{ $field }`
    .label = văn bản sửa đổi không thay đổi được trường này
    .help = văn bản sửa đổi thay đổi `lead`, `support` và các `target` của chỉ tiêu; đơn vị tính hay chiều mong muốn mới tạo thành một chỉ tiêu mới, trong một kế hoạch mới
diag-stray-change = tệp này thay đổi một kế hoạch nhưng không phải là văn bản sửa đổi
    .label = thay đổi nằm ngoài văn bản sửa đổi
    .help = văn bản sửa đổi là một tệp riêng: `import "KẾ_HOẠCH" as p` rồi `amendment "SỐ VĂN BẢN" {"{"} amends p  effective 2025-03-01 {"}"}`; muốn thay đổi chính kế hoạch này thì hãy sửa trực tiếp
diag-amends-unknown-import = văn bản sửa đổi sửa `{ $alias }`, nhưng không có tệp nào được nhập dưới tên đó
    .label = không phải tên tệp nhập
    .help = hãy nhập kế hoạch trước: `import "ĐƯỜNG_DẪN" as { $alias }`
diag-unknown-amended-item = kế hoạch được sửa đổi `{ $alias }` không có { $kind ->
        [report] báo cáo
        [agency] cơ quan
       *[measure] chỉ tiêu hay chỉ tiêu thành phần
    } `{ $name }`
    .label = không phải { $kind ->
        [report] báo cáo
        [agency] cơ quan
       *[measure] chỉ tiêu hay chỉ tiêu thành phần
    } của `{ $alias }`
    .help = hãy viết { $kind ->
        [report] báo cáo
        [agency] cơ quan
       *[measure] chỉ tiêu
    } của kế hoạch được sửa đổi qua tên nhập của nó: `{ $alias }.MÃ`

## Chỉ tiêu tính từ chỉ tiêu khác: tổng các thành phần, công thức.
diag-ambiguous-operand = `{ $name }` vừa là phần tử dữ liệu vừa là chỉ tiêu (hoặc chỉ tiêu thành phần), nên công thức có thể hiểu theo cả hai cách
    .label = trùng cả hai
    .help = hãy đặt mã khác cho phần tử dữ liệu hoặc cho chỉ tiêu: mỗi toán hạng của công thức chỉ được gọi một trong hai
    .element = phần tử dữ liệu
    .measure = chỉ tiêu hoặc chỉ tiêu thành phần
diag-total-with-formula = { $measure } vừa là tổng các thành phần vừa có công thức
    .label = cách tính thứ hai
    .help = hãy giữ một cách: `total of` cộng các thành phần, `formula` chia một giá trị cho một giá trị khác
    .formula = công thức của nó
diag-derivation-cycle = các chỉ tiêu được tính từ nhau theo vòng tròn: { $path }
    .label = vòng tính quay lại ở đây
    .help = một trong số đó phải lấy từ số liệu: hãy bỏ `total of` hoặc `formula` dẫn ngược lại
diag-total-part-repeated = { $measure } ghi `{ $part }` hai lần trong `total of`
    .label = ghi lại lần nữa
    .help = mỗi thành phần chỉ được cộng một lần: hãy bỏ `{ $part }` thứ hai
    .first = ghi lần đầu ở đây
diag-negative-tolerance = `within { $amount }` ghi sai số cho phép nhỏ hơn không
    .label = nhỏ hơn không
    .help = sai số cho phép là khoảng cách tối đa của giá trị, không thể nhỏ hơn không: hãy viết `within { $positive }`
diag-total-unit-mismatch = { $measure } là tổng tính bằng `{ $unit }`, nhưng `{ $part }` tính bằng `{ $part_unit }`, không cộng được với nhau
    .label = `{ $part }` tính bằng `{ $part_unit }`
    .help = một tổng chỉ cộng các chỉ tiêu hoặc chỉ tiêu thành phần có cùng đơn vị tính với nó, hoặc đơn vị là bội của cùng một đơn vị (`unit trieu_dong "triệu đồng" = 1000000 dong` bên cạnh `unit ty_dong "tỷ đồng" = 1000 trieu_dong`); hãy cho `{ $part }` đơn vị tính `{ $unit }`, hoặc bỏ nó ra khỏi tổng
diag-total-target-unmet = mức cần đạt năm { $year } của các thành phần của { $measure } ({ $parts }) cộng lại được { $bound ->
        [more] trên { $sum }
        [less] dưới { $sum }
       *[exact] { $sum }
    }, không đạt mức cần đạt năm { $year } của chính nó là { $op } { $value }
    .label = các mức cần đạt của thành phần không bảo đảm mức này
    .help = mỗi thành phần có thể đạt mức của mình mà tổng vẫn không đạt mức của tổng: hãy đối chiếu các số liệu với văn bản; nếu văn bản đặt như vậy (tổng được làm tròn riêng với các thành phần, "trên" bên cạnh một tổng chính xác), hãy giữ nguyên: cảnh báo này ghi nhận điều đó

## Bố cục của kế hoạch.
diag-conflicting-dates = văn bản ghi hai ngày khác nhau cho chính nó: { $first } và { $second }
    .label = ngày thứ hai
    .help = nếu văn bản thực sự ghi cả hai, hãy giữ cả hai: cảnh báo này ghi nhận sự không thống nhất đó
    .first = ngày thứ nhất
diag-empty-objective = mục tiêu `{ $objective }` chưa có chỉ tiêu nào
    .label = không chỉ tiêu nào thuộc mục tiêu này
    .help = hãy thêm `objective { $objective }` vào các chỉ tiêu thuộc mục tiêu này
diag-no-objective = chỉ tiêu { $indicator } không thuộc mục tiêu nào
    .label = chưa ghi `objective`
    .help = hãy thêm `objective MÃ` ghi mục tiêu mà chỉ tiêu phục vụ
diag-missing-source = chỉ tiêu { $indicator } không dẫn nguồn
    .label = chưa ghi `source`
    .help = hãy thêm `source "MỤC"` chỉ chỗ văn bản nêu chỉ tiêu này, ví dụ `source "II.1.a, Chỉ tiêu 3"`
diag-numbering-order = chỉ tiêu { $number } đứng sau chỉ tiêu { $previous }
    .label = số thứ tự nhỏ hơn số đứng trước
    .help = hãy viết các chỉ tiêu theo thứ tự của văn bản, hoặc kiểm tra lại số thứ tự
    .previous = chỉ tiêu đứng trước
diag-numbering-gap = số thứ tự nhảy từ { $previous } lên { $number }: { $missing ->
        [1] thiếu số { $first_missing }
       *[other] thiếu các số từ { $first_missing } đến { $last_missing }
    }
    .label = có khoảng trống trước số này
    .help = nếu văn bản bỏ qua các số này, cảnh báo này ghi nhận điều đó; nếu không, hãy thêm các chỉ tiêu còn thiếu
    .previous = chỉ tiêu đứng trước
diag-single-part = chỉ tiêu { $indicator } chỉ có một chỉ tiêu thành phần
    .label = chỉ tiêu có một thành phần
    .help = một đại lượng đo duy nhất thì không cần `part`: hãy chuyển các trường của nó vào chỉ tiêu
diag-part-order = thành phần `{ $letter }` của chỉ tiêu { $indicator } là thành phần thứ { $position }, lẽ ra phải là `{ $expected }`
    .label = sai thứ tự
    .help = hãy đặt chữ cái cho các thành phần a, b, c... theo thứ tự văn bản nêu

## Cơ quan chủ trì, phối hợp. $what là một chỉ tiêu, chỉ tiêu thành phần, dự án hoặc nhiệm vụ.
diag-lead-left-over = { $what } đã ghi cơ quan chủ trì, nhưng vẫn ghi là chưa có
    .label = `lead ?` còn sót lại
    .help = hãy bỏ `lead ?` vì đã có cơ quan chủ trì
diag-lead-to-fill = { $what } chưa có cơ quan chủ trì
    .label = cơ quan chủ trì còn để trống
    .help = khi đã biết, hãy thay `?` bằng cơ quan mà văn bản giao chủ trì
diag-lead-to-fill-because = { $what } chưa có cơ quan chủ trì: { $reason }
    .label = { diag-lead-to-fill.label }
    .help = { diag-lead-to-fill.help }
diag-no-lead = { $measure } chưa có cơ quan chủ trì
    .label = không có cơ quan chủ trì
    .help = hãy thêm `lead CƠ_QUAN` ghi cơ quan mà văn bản giao chủ trì
diag-multiple-leads = { $measure } có { $count } cơ quan chủ trì: { $leads }
    .label = thêm một cơ quan chủ trì
    .help = thông thường chỉ có một cơ quan chủ trì: nếu văn bản ghi nhiều cơ quan, hãy giữ nguyên và cảnh báo này ghi nhận điều đó; nếu không, hãy chuyển các cơ quan kia thành `support` (phối hợp)
    .first = cơ quan chủ trì thứ nhất
diag-duplicate-owner = `{ $agency }` được ghi hai lần là cơ quan { $role ->
        [lead] chủ trì
       *[support] phối hợp
    } của { $measure }
    .label = ghi lại lần nữa
    .help = hãy bỏ một trong hai
    .first = ghi lần đầu ở đây
diag-lead-and-support = `{ $agency }` vừa chủ trì vừa phối hợp thực hiện { $measure }
    .label = phối hợp
    .help = nếu văn bản ghi cả hai, hãy giữ nguyên và cảnh báo này ghi nhận điều đó; nếu không, hãy bỏ một
    .lead = chủ trì
diag-requested-lead = { $measure } chỉ do { $leads } chủ trì, là đơn vị mà kế hoạch đề nghị chứ không giao
    .label = đơn vị được đề nghị làm chủ trì
    .help = đơn vị được đề nghị chịu sự chỉ đạo của tổ chức mình, không phải của cơ quan ban hành kế hoạch: nếu văn bản giao một cơ quan của chính quyền chủ trì, hãy để cơ quan đó chủ trì và đơn vị kia là `support`; nếu văn bản thực sự đề nghị đơn vị đó chủ trì, cảnh báo này ghi nhận điều đó
diag-unused-agency = cơ quan `{ $agency }` không chủ trì hay phối hợp chỉ tiêu, dự án, nhiệm vụ nào và không tham gia báo cáo hay đợt đánh giá nào
    .label = đã khai báo nhưng không dùng đến
    .help = hãy giao việc cho cơ quan này (`lead`, `support`, `from`/`to` của một báo cáo, một dự án hay nhiệm vụ), hoặc bỏ đi nếu văn bản không giao nhiệm vụ gì

## Chế độ báo cáo và các đợt đánh giá.
diag-report-no-period = báo cáo `{ $report }` chưa có kỳ báo cáo
    .label = bao lâu gửi một lần?
    .help = hãy thêm `period half-year` (6 tháng), `period year` (năm), `period quarter` (quý), `period month` (tháng) hoặc `period adhoc` (đột xuất); nếu văn bản không quy định, cảnh báo này ghi nhận điều đó
diag-report-no-due = báo cáo `{ $report }` gửi { $period ->
        [half-year] 6 tháng một lần
        [quarter] hằng quý
        [month] hằng tháng
       *[year] hằng năm
    } nhưng chưa có thời hạn gửi
    .label = chưa ghi `due`
    .help = hãy thêm ngày và tháng phải gửi, ví dụ `due before 05/12`, hoặc tháng phải gửi, ví dụ `due in month 6`
diag-report-no-submitter = báo cáo `{ $report }` không ghi cơ quan nào gửi
    .label = chưa ghi `from`
    .help = hãy thêm `from CƠ_QUAN, CƠ_QUAN...`
diag-report-no-recipient = báo cáo `{ $report }` không ghi cơ quan nào nhận
    .label = chưa ghi `to`
    .help = hãy thêm `to CƠ_QUAN`
diag-review-no-year = đợt đánh giá `{ $review }` không ghi thời gian tổ chức
    .label = chưa ghi `year`, `at` hay `every year`
    .help = hãy thêm năm tổ chức (`year 2025`), hoặc thời điểm trong giai đoạn: `at midterm` (sơ kết giữa kỳ), `at end` (tổng kết), `every year` (hằng năm)

## Thời hạn của dự án và nhiệm vụ. $written, $once và $every viết theo cú pháp kế hoạch.
diag-due-no-year = { $item } có hạn `{ $written }`, nhưng không ghi năm cụ thể, cũng không ghi tần suất lặp lại
    .label = một lần, hay hằng năm?
    .help = hãy ghi năm của hạn nếu chỉ có một lần (`due { $once }`), hoặc tần suất lặp lại (`due { $every } every year`, "hằng năm"); cho đến khi đó, hạn này không được theo dõi
diag-due-as-written = như đã viết

## Mức cần đạt. $year là năm mốc, hoặc `none` cho mức cần đạt của cả giai đoạn.
diag-of-target = một mức cần đạt của { $what }
diag-of-baseline = giá trị cơ sở của { $what }
diag-of-review = đợt đánh giá `{ $what }`
diag-of-deadline = thời hạn của { $what }
diag-comparator-at-least = tối thiểu
diag-comparator-at-most = tối đa
diag-comparator-below = dưới
diag-comparator-above = trên
diag-comparator-equal = bằng
diag-comparator-about = khoảng
# Khoảng giá trị của một đơn vị tính.
diag-range-between = từ { $min } đến { $max }
diag-range-at-least = từ { $min } trở lên
diag-range-at-most = không quá { $max }
diag-range-any = mọi giá trị
diag-no-targets = { $measure } chưa có mức cần đạt
    .label = không có mức nào để so sánh
    .help = hãy thêm mức cần đạt, ví dụ `target 2025 >= 90`
diag-year-outside-period = { $of }: năm { $year } nằm ngoài giai đoạn kế hoạch { $start }..{ $end }
    .label = ngoài giai đoạn
    .help = hãy dùng một năm từ { $start } đến { $end }, hoặc sửa `period` của kế hoạch
    .help-horizon = hãy dùng một năm từ { $start } đến { $end }, sửa `period` của kế hoạch, hoặc, với tầm nhìn sau giai đoạn, ghi năm tầm nhìn cho kế hoạch: `horizon { $year }`
diag-year-beyond-horizon = { $of }: năm { $year } ở sau năm tầm nhìn { $horizon } của kế hoạch
    .label = sau năm tầm nhìn
    .help = hãy dùng một năm không quá { $horizon }, hoặc sửa `horizon` của kế hoạch
diag-horizon-within-period = năm tầm nhìn { $horizon } không ở sau giai đoạn kế hoạch { $start }..{ $end }
    .label = không ở sau năm { $end }
    .help = năm tầm nhìn là năm mà tầm nhìn hướng tới sau giai đoạn (`horizon 2045`): hãy viết một năm sau { $end }, hoặc bỏ đi
diag-years-backwards = một mức cần đạt của { $measure } kéo dài từ năm { $from } đến năm { $until }, năm kết thúc trước năm bắt đầu
    .label = năm bắt đầu
    .help = hãy viết năm sớm hơn sau `from`
    .end = năm kết thúc
diag-values-backwards = một khoảng mức cần đạt của { $measure } có giá trị đầu lớn hơn giá trị cuối
    .label = giá trị đầu lớn hơn
    .help = hãy viết giá trị nhỏ hơn trước: `2 to 3`
diag-value-out-of-range = { $of } là { $value }, nằm ngoài khoảng giá trị của đơn vị tính `{ $unit }` ({ $range })
    .label = ngoài khoảng giá trị
    .help = giá trị tính bằng `{ $unit }` phải { $range }: hãy kiểm tra lại con số hoặc đơn vị tính
diag-milestone-repeated = { $measure } có hai mức cần đạt cho { $year ->
        [none] cả giai đoạn
       *[other] năm { $year }
    }
    .label = mức cần đạt thứ hai
    .help = mỗi mốc chỉ giữ một mức cần đạt; quyết định sau này thay đổi mức cần đạt thì ghi trong văn bản sửa đổi
    .first = mức cần đạt thứ nhất
diag-milestone-order = mức cần đạt năm { $year } của { $measure } được viết sau mức cần đạt năm { $previous }
    .label = mốc sớm hơn viết sau
    .help = hãy viết các mức cần đạt theo thứ tự năm
diag-conflicting-targets = văn bản ghi hai mức cần đạt khác nhau cho { $measure } { $year ->
        [none] trong cả giai đoạn
       *[other] năm { $year }
    }: `{ $first }` ({ $first_ref }) và `{ $second }` ({ $second_ref })
    .label = mức cần đạt thứ hai
    .help = nếu văn bản thực sự ghi cả hai, hãy giữ cả hai: cảnh báo này ghi nhận sự mâu thuẫn đó; quyết định sau này thay đổi mức cần đạt thì ghi trong văn bản sửa đổi
    .first = mức cần đạt thứ nhất
diag-tolerance-without-about = `within` cho biết giá trị phải gần mức "khoảng" đến đâu, nhưng mức cần đạt này lại là `{ $op }` ({ $meaning })
    .label = chỉ `~` mới có sai số cho phép
    .help = hãy viết `~` (khoảng) trước giá trị nếu mức cần đạt được coi là đạt khi giá trị ở gần nó, hoặc bỏ `within`
diag-cumulative-not-flow = một mức cần đạt của { $measure } tính lũy kế (`cumulative`), nhưng chỉ tiêu này không phải đại lượng theo kỳ
    .label = chỉ đại lượng theo kỳ mới có lũy kế
    .help = hãy ghi `flow` ở chỉ tiêu nếu giá trị của nó là lượng phát sinh trong từng kỳ (thu ngân sách, chi tiêu), hoặc bỏ `cumulative`: một mức được đánh giá bằng giá trị tại mốc
diag-comparator-against-direction = { $measure } cần { $direction ->
        [increase] tăng
        [decrease] giảm
       *[other] duy trì
    }, nhưng mức cần đạt này là `{ $op }` ({ $meaning })
    .label = đòi hỏi giá trị { $asks ->
        [rise] tăng lên
       *[other] giảm xuống
    }
    .help = { $direction ->
        [decrease] chỉ tiêu giảm thường dùng `<` (dưới) hoặc `<=` (xuống); hãy kiểm tra lại phép so sánh hoặc chiều mong muốn
       *[other] chỉ tiêu tăng thường dùng `>=` (đạt); hãy kiểm tra lại phép so sánh hoặc chiều mong muốn
    }
diag-target-against-direction = { $measure } cần { $direction ->
        [increase] tăng
        [decrease] giảm
       *[other] duy trì
    }, nhưng mức cần đạt năm { $late_year } ({ $late_value }) lại { $direction ->
        [increase] thấp hơn
       *[other] cao hơn
    } mức cần đạt năm { $early_year } ({ $early_value })
    .label = mức cần đạt năm { $late_year }
    .help = hãy đối chiếu cả hai giá trị với văn bản, và chiều mong muốn của chỉ tiêu; nếu văn bản đặt như vậy (một khoản ngân sách giảm xuống), hãy giữ nguyên: cảnh báo này ghi nhận điều đó
    .early = mức cần đạt năm { $early_year }
diag-baseline-beyond-target = giá trị cơ sở của { $measure } ({ $baseline } năm { $baseline_year }) đã đạt mức cần đạt { $year ->
        [none] cho cả giai đoạn
       *[other] năm { $year }
    } ({ $op } { $target })
    .label = giá trị cơ sở
    .help = mức cần đạt mà kế hoạch đã đạt được từ trước có thể là lỗi đánh máy; hãy đối chiếu cả hai với văn bản
    .target = mức cần đạt
diag-maintain-mismatch = { $measure } duy trì { $op } { $value } từ năm { $from }, nhưng mức cần đạt năm { $level_year } là { $level_op } { $level_value }
    .label = mức duy trì
    .help = mức được duy trì từ một mốc thường chính là mức cần đạt của mốc đó
    .milestone = mức cần đạt của mốc
diag-split-incomplete = { $measure } chia mức cần đạt { $year ->
        [none] cho cả giai đoạn
       *[other] năm { $year }
    } theo `{ $dimension }` nhưng không ghi mức nào cho { $missing }
    .label = mức cần đạt được chia
    .help = hãy ghi mức cần đạt cho mọi giá trị, hoặc một mức cần đạt không có `where` cho các giá trị còn lại

## Ký tự làm văn bản đọc khác với thực tế.
diag-script = { $script ->
        [Latin] Latinh
        [Cyrillic] Kirin
        [Greek] Hy Lạp
        [Armenian] Armenia
        [Cherokee] Cherokee
       *[other] { $script }
    }
diag-mixed-script = `{ $id }` dùng lẫn chữ cái { $scripts }
    .label = chữ cái của các bộ chữ khác nhau có thể trông giống nhau
    .help = một chữ cái trông như chữ Latinh có thể là chữ Kirin hoặc Hy Lạp (`е`, `о`, `а`): hãy gõ lại mã này bằng một kiểu bàn phím
diag-mixed-script-odd = `{ $id }` dùng lẫn chữ cái { $scripts } (`{ $char }`, { $code }, là chữ { $script })
    .label = { diag-mixed-script.label }
    .help = { diag-mixed-script.help }
diag-bidi-control = { $code } là ký tự đổi chiều văn bản, làm dòng này hiển thị khác với cách chương trình đọc kế hoạch
    .label = ký tự điều khiển chiều viết, không nhìn thấy được
    .help = hãy xóa ký tự này: văn bản kế hoạch đọc từ trái sang phải; tên viết từ phải sang trái không cần ký tự điều khiển

## Các văn bản sửa đổi không thể cùng áp dụng. $was và $now là giá trị viết theo cú pháp kế hoạch.
diag-amendment-conflict-within = { $document } ghi { $what } hai lần, là { $was } và { $now }
    .label = mâu thuẫn với một văn bản sửa đổi khác
    .help = các văn bản sửa đổi có hiệu lực cùng ngày phải thống nhất với nhau: hãy sửa một văn bản, hoặc ghi ngày hiệu lực khác nhau
diag-amendment-conflict = { $document } ghi { $what } là { $now }, nhưng { $other }, có hiệu lực cùng ngày, lại ghi là { $was }
    .label = { diag-amendment-conflict-within.label }
    .help = { diag-amendment-conflict-within.help }
diag-setting-lead = cơ quan chủ trì { $measure }
diag-setting-support = cơ quan phối hợp thực hiện { $measure }
diag-setting-target = { $kind ->
        [maintain] mức duy trì
        [rate] tốc độ thay đổi hằng năm
        [change] mức thay đổi
       *[level] mức cần đạt
    }{ $year ->
        [none] {""}
       *[other] {" "}năm { $year }
    } của { $measure }
diag-setting-period = kỳ báo cáo của { $report }
diag-setting-due = thời hạn gửi { $report }
diag-setting-submitters = cơ quan gửi { $report }
diag-setting-recipient = cơ quan nhận { $report }
diag-setting-roles = nơi chuyển giao nhiệm vụ của { $agency }

## Kế hoạch cấp dưới đối chiếu với kế hoạch cấp trên mà nó triển khai.
diag-this-plan = kế hoạch
diag-parent-not-imported = kế hoạch triển khai `{ $parent }`, nhưng không có tệp nào được nhập dưới tên đó
    .label = không phải tên tệp nhập
    .help = hãy nhập kế hoạch cấp trên trước: `import "ĐƯỜNG_DẪN" as { $parent }`
diag-unqualified = `{ $name }` không ghi rõ thuộc kế hoạch được nhập nào
    .label = thiếu tên tệp nhập
    .help = hãy viết tên nhập của kế hoạch cấp trên ở trước, ví dụ `national.9`
    .help-parent = hãy viết tên nhập của kế hoạch cấp trên ở trước: `{ $parent }.{ $name }`
diag-no-such-import = không có tệp nào được nhập dưới tên `{ $alias }`
    .label = không phải tên tệp nhập
    .help = hãy nhập kế hoạch cấp trên: `import "ĐƯỜNG_DẪN" as { $alias }`
diag-not-the-parent = `{ $name }` là chỉ tiêu của `{ $alias }`, nhưng kế hoạch không ghi là triển khai `{ $alias }`
    .label = không phải kế hoạch được triển khai
    .help = hãy thêm `implements { $alias }` vào phần đầu kế hoạch
diag-unknown-parent-measure = `{ $alias }` không có chỉ tiêu hay chỉ tiêu thành phần `{ $local }`
    .label = không có trong kế hoạch cấp trên
    .help = `plan show { $path }` liệt kê các chỉ tiêu và chỉ tiêu thành phần của kế hoạch đó
diag-waived-and-adopted = `{ $parent }` được ghi không áp dụng, nhưng đồng thời được { $measure } thực hiện
    .label = ghi không áp dụng ở đây
    .help = hãy bỏ dòng `waive`, hoặc dòng `adopts`/`adapts`
    .taken = thực hiện ở đây
diag-parent-unmapped = { $count } chỉ tiêu của `{ $alias }` chưa được giữ nguyên, điều chỉnh hay ghi không áp dụng: { $missing }
    .label = kế hoạch được triển khai
    .help = hãy thực hiện từng chỉ tiêu bằng một chỉ tiêu hoặc chỉ tiêu thành phần (`adopts { $first }`, hoặc `adapts { $first } because "..."`), hoặc viết `waive { $first } because "..."`
diag-parent-unit-mismatch = { $measure } tính bằng `{ $unit }`, còn chỉ tiêu cấp trên `{ $parent }` tính bằng `{ $parent_unit }`
    .label = khác đơn vị tính
    .help = hãy tính bằng `{ $parent_unit }` như cấp trên, hoặc nêu lý do khác biệt bằng `adapts { $parent } because "..."`
diag-parent-direction-mismatch = { $measure } cần { $direction ->
        [increase] tăng
        [decrease] giảm
       *[other] duy trì
    }, nhưng chỉ tiêu cấp trên `{ $parent }` cần { $parent_direction ->
        [increase] tăng
        [decrease] giảm
       *[other] duy trì
    }
    .label = ngược chiều nhau
    .help = chỉ tiêu thực hiện `{ $parent }` phải theo cùng chiều với nó: `direction { $parent_direction }`
diag-less-ambitious = { $measure } đặt mức { $asks } năm { $year }, thấp hơn yêu cầu của chỉ tiêu cấp trên `{ $parent }`: { $theirs } ({ $parent_document })
    .label = thấp hơn mức { $theirs }
    .help = hãy nâng mức cần đạt lên { $theirs }, hoặc, nếu kế hoạch này ({ $document }) cố ý đặt mức thấp hơn, hãy nêu lý do: `adapts { $parent } because "..."`
    .help-adapted = kế hoạch này ({ $document }) điều chỉnh `{ $parent }` và đã nêu lý do; cảnh báo này giúp người đọc đối chiếu hai kế hoạch thấy rõ khoảng chênh lệch
diag-adopted-differs = { $measure } giữ nguyên `{ $parent }` nhưng đặt mức { $asks } năm { $year }, trong khi cấp trên đặt { $theirs }
    .label = không phải mức cần đạt của cấp trên
    .help = hãy viết `adapts { $parent } because "..."` để nêu lý do mức cần đạt khác đi
diag-adopted-missing = { $measure } giữ nguyên `{ $parent }` nhưng chưa có mức cần đạt cho { $missing }
    .label = ở đây thiếu các mốc của cấp trên
    .help = hãy thêm `target { $first }`, hoặc viết `adapts { $parent } because "..."`

## Truy vấn đặt tên lồng ngoặc sâu quá mức ngôn ngữ truy vấn cho phép. Nhãn và gợi ý của nó
## cũng dùng cho truy vấn gõ trong REPL ($level là $limit + 1).
diag-named-query-too-deep = truy vấn đặt tên `{ $query }` lồng ngoặc sâu quá { $limit } mức
    .label = dấu ngoặc ở mức thứ { $level }
    .help = một truy vấn chỉ được lồng tối đa { $limit } mức ngoặc; hãy bỏ các cặp ngoặc chỉ bao một điều kiện, hoặc tách truy vấn làm hai
