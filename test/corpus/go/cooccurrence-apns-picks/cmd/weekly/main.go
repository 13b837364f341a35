package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/sideshow/apns2"
	"github.com/sideshow/apns2/payload"
	"github.com/sideshow/apns2/token"

	"github.com/trailmix/picks/cooc"
)

func main() {
	ctx := context.Background()
	db, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	saves, err := loadSaves(ctx, db)
	if err != nil {
		log.Fatal(err)
	}
	counts := cooc.Build(saves)

	authKey, err := token.AuthKeyFromFile("/secrets/AuthKey_PLACEHOLDER.p8")
	if err != nil {
		log.Fatal(err)
	}
	client := apns2.NewTokenClient(&token.Token{AuthKey: authKey, KeyID: "KEYID00000", TeamID: "TEAMID0000"}).Production()

	devices, _ := loadDevices(ctx, db)
	for user, trails := range saves {
		picks := counts.ForUser(trails, 1)
		dev, ok := devices[user]
		if !ok || len(picks) == 0 {
			continue
		}
		name := trailName(ctx, db, picks[0].Trail)
		n := &apns2.Notification{
			DeviceToken: dev,
			Topic:       "com.trailmix.app",
			Payload: payload.NewPayload().
				AlertTitle("Your next hike?").
				AlertBody(fmt.Sprintf("Hikers who liked your saved trails loved %s", name)).
				Custom("trail_id", picks[0].Trail),
		}
		if res, err := client.Push(n); err != nil || !res.Sent() {
			log.Printf("push to user %d failed: %v", user, err)
		}
	}
}
