" Plan files of planlang.
autocmd BufRead,BufNewFile *.plan setfiletype planlang
