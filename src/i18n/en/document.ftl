# planlang's words in English: the report to file (plan report --format docx), laid out as
# Decree 30/2020/NĐ-CP lays out administrative documents. Every message here has its
# Vietnamese in ../vi/document.ftl, under the same id; a test fails when one lacks the other
# (src/i18n/tests.rs).

## The head of the document. What is in square brackets, and …, are blanks, highlighted, for
## the drafter to fill; what the layout sets in capitals is written in lowercase here.
document-governing-blank = [governing body, if any]
document-issuer-blank = [reporting body]
document-blank = …
document-number = No.: { $number }/BC-{ $issuer }
document-place-blank = [place]
document-place-date = { $place }, { $date }
document-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[other] { $month }
    } { $year }
document-kind = Report
document-summary = Results of implementing “{ $plan }”

## The text.
document-basis = In carrying out “{ $plan }”{ $source }, { $reporter } reports its results as of { $date } as follows:
document-source-document = document { $document }
document-source-signed = dated { $date }
document-source-issuer = issued by { $issuer }
document-scope = Area reported on: { $area }.
document-part-results = Results of the indicators
document-overview = Overview
document-overview-text = As of { $date }, { $count ->
        [one] { $count } target was judged
       *[other] { $count } targets were judged
    }; by status:
document-by-objective = Results by objective
document-by-lead = Results by lead agency
## The results table's column of indicator ids (a narrow one).
document-column-indicator = No.
document-part-compliance = Reporting and tasks
document-nothing-owed = By { $date }, no report or task was due yet.
document-part-data = The data this report uses
document-closing = This concludes the report of { $reporter } on the results of “{ $plan }” as of { $date }.

## The foot: recipients and signer.
document-recipients = Recipients:
document-recipient = - { $recipient };
document-archive = - Filed: VT, { $unit }.
document-signer-blank = [signer's authority and title]
document-signer-name-blank = [signer's full name]
