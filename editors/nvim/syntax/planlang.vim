" Vim syntax file
" Language:     planlang plan files (*.plan)
" The same categories as the TextMate grammar of editors/vscode: keywords (the words that begin
" an item, the words of fields), value words, strings and escapes, numbers, dates and years, ids
" declared, import names, operators, comments. The keyword lists are the table of
" src/syntax/keywords.rs; tests/language/editors_keywords.rs fails when they differ.

if exists("b:current_syntax")
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

" Ids are letters (Vietnamese ones too: Vim takes every letter above 255 as a word character),
" digits and `_`.
syntax iskeyword @,48-57,_,192-255
syntax case match

" Numbers first: a date or a year starting at the same place is defined later and wins.
syntax match planlangNumber /-\=\<\d\+\%(\.\d\+\)\=\>/
" A period within a year as a milestone: 2026-Q2, 2026-H1, 2026-06; then a date, which wins
" where both start.
syntax match planlangDate /\<\d\{4}-\w\{1,3}\>/
syntax match planlangDate /\<\d\{4}-\d\{1,2}-\d\{1,2}\>/
" A day and a month (due before 10/12), with a year (due 30/06/2026), a month of a year (11/2025).
syntax match planlangDate +\<\d\{1,2}/\d\{1,2}\%(/\d\{4}\)\=\>+
syntax match planlangDate +\<\d\{1,2}/\d\{4}\>+
syntax match planlangYear /\d\{4}\>[-/]\@!/ contained
syntax match planlangPeriodYears /\d\{4}\s*\.\.\s*\d\{4}\>/ contained contains=planlangRange

syntax match planlangOperator />=\|<=\|≥\|≤\|[<>=~*/]/
syntax match planlangRange /\.\./
syntax keyword planlangOperator about
syntax match planlangBrace /[{}]/
syntax match planlangComma /,/
" lead ? : an owner not known yet.
syntax match planlangUnknown /?/

" Value words where they cannot be ids, and after the keywords that take them.
syntax keyword planlangValue increase decrease reduce percent points per_mille per_100k quarter adhoc
syntax match planlangValue /\<half-year\>/
syntax match planlangValue /[%‰]/
syntax match planlangDirectionValue /\<\%(increase\|decrease\|maintain\)\>/ contained
syntax match planlangPeriodValue /\<\%(half-year\|year\|quarter\|month\|adhoc\)\>/ contained
syntax match planlangAggregateValue /\<\%(sum\|mean\|none\)\>/ contained
syntax match planlangReviewPoint /\<\%(midterm\|end\)\>/ contained
syntax match planlangBuiltinUnit /\%(\<\%(percent\|per_mille\|per_100k\|count\)\>\|[%‰]\)/ contained

" An id declared: the id before the name in quotes (agency yte "Sở Y tế", indicator 12 "...",
" a dimension's value nong_thon "Nông thôn"). A keyword at the same place wins (note "...").
syntax match planlangDeclared /\<\k\+\ze\s*"/
" The name of an import, where it is given (as national) and before the id it brings in
" (national.5a).
syntax match planlangNamespace /\<\D\k*\ze\.\k/
syntax match planlangAlias /\k\+/ contained

" The words that begin an item, and `part`, which declares a measure inside an indicator.
syntax keyword planlangItem plan import agency area element dimension objective indicator part
syntax keyword planlangItem report review waive query amendment change transfer project task
syntax keyword planlangItem unit nextgroup=planlangBuiltinUnit skipwhite
" The words of fields and clauses; those followed by a value of their own name its group.
syntax keyword planlangField document issuer signed horizon basis short requested range per of
syntax keyword planlangField maintain by within flow growth cumulative scope to where
syntax keyword planlangField lead support formula total weighted in kind before every covers
syntax keyword planlangField strive ref source note because adopts adapts effective
syntax keyword planlangField direction nextgroup=planlangDirectionValue skipwhite
syntax keyword planlangField period nextgroup=planlangPeriodValue,planlangPeriodYears skipwhite
syntax keyword planlangField aggregate nextgroup=planlangAggregateValue skipwhite
syntax keyword planlangField at nextgroup=planlangReviewPoint skipwhite
syntax keyword planlangField as implements amends nextgroup=planlangAlias skipwhite
syntax keyword planlangField target baseline from until year nextgroup=planlangYear skipwhite
syntax keyword planlangField due month

" Strings: one line, with backslash escapes.
syntax match planlangEscape /\\./ contained
syntax region planlangString start=/"/ skip=/\\./ end=/"/ end=/$/ oneline contains=planlangEscape,@Spell

" Comments last: `//` and `/*` start here even where an operator would.
syntax keyword planlangTodo TODO FIXME XXX contained
syntax region planlangComment start=+//+ end=+$+ contains=planlangTodo,@Spell
syntax region planlangBlockComment start=+/\*+ end=+\*/+ contains=planlangTodo,@Spell fold
" Block comments run over many lines (the header of a plan holds sixty): read from the start of
" the file, so that a line deep inside one is known to be comment wherever the screen starts.
syntax sync fromstart
syntax region planlangBlock matchgroup=planlangBrace start=/{/ end=/}/ transparent fold

highlight default link planlangItem Structure
highlight default link planlangField Keyword
highlight default link planlangValue Constant
highlight default link planlangDirectionValue planlangValue
highlight default link planlangPeriodValue planlangValue
highlight default link planlangAggregateValue planlangValue
highlight default link planlangReviewPoint planlangValue
highlight default link planlangBuiltinUnit planlangValue
highlight default link planlangUnknown Special
highlight default link planlangString String
highlight default link planlangEscape SpecialChar
highlight default link planlangNumber Number
highlight default link planlangDate Number
highlight default link planlangYear planlangDate
highlight default link planlangPeriodYears planlangDate
highlight default link planlangDeclared Identifier
highlight default link planlangNamespace Include
highlight default link planlangAlias planlangNamespace
highlight default link planlangOperator Operator
highlight default link planlangRange Operator
highlight default link planlangBrace Delimiter
highlight default link planlangComma Delimiter
highlight default link planlangComment Comment
highlight default link planlangBlockComment Comment
highlight default link planlangTodo Todo

let b:current_syntax = "planlang"
let &cpo = s:cpo_save
unlet s:cpo_save
