module github.com/shopco/notifier

go 1.21

require github.com/sideshow/apns2 v0.23.0
