module github.com/trailmix/picks

go 1.21

require (
	github.com/jackc/pgx/v5 v5.5.3
	github.com/sideshow/apns2 v0.23.0
)
