module github.com/expensely/receipts

go 1.21

require github.com/otiai10/gosseract/v2 v2.4.1
