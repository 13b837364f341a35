package leaderboard

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

var ErrImplausible = errors.New("score rejected: faster than possible")

type Board struct {
	rdb *redis.Client
}

func New(rdb *redis.Client) *Board { return &Board{rdb: rdb} }

func weeklyKey(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("lb:%d-W%02d", y, w)
}

// Submit records a finished run; only the player's best score of the week counts.
func (b *Board) Submit(ctx context.Context, player string, score int64, runSeconds int) error {
	if runSeconds > 0 && score/int64(runSeconds) > 5000 {
		return ErrImplausible
	}
	return b.rdb.ZAddGT(ctx, weeklyKey(time.Now()), redis.Z{Score: float64(score), Member: player}).Err()
}

type Entry struct {
	Rank   int64
	Player string
	Score  int64
}

func (b *Board) Top(ctx context.Context, n int64) ([]Entry, error) {
	zs, err := b.rdb.ZRevRangeWithScores(ctx, weeklyKey(time.Now()), 0, n-1).Result()
	if err != nil {
		return nil, err
	}
	out := make([]Entry, len(zs))
	for i, z := range zs {
		out[i] = Entry{Rank: int64(i) + 1, Player: z.Member.(string), Score: int64(z.Score)}
	}
	return out, nil
}

func (b *Board) RankOf(ctx context.Context, player string) (int64, error) {
	r, err := b.rdb.ZRevRank(ctx, weeklyKey(time.Now()), player).Result()
	return r + 1, err
}
