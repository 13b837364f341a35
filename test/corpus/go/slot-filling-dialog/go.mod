module github.com/clinicbot/dialog

go 1.21
