package pushgw

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/json"
	"fmt"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Our own long-connection push channel (no vendor push SDK on these devices). Each device
// registered a 128-bit session key during activation; payloads are AES-GCM sealed with it.
type Channel struct {
	broker mqtt.Client
	keys   DeviceKeyStore
}

type DeviceKeyStore interface {
	KeyFor(deviceID string) ([]byte, error)
}

func seal(key, plaintext, deviceID []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, deviceID), nil
}

// PushPicks sends the user's personalised picks to one device.
func (c *Channel) PushPicks(deviceID string, userVec []float32, seen map[string]bool, fresh []Candidate) error {
	picks := PickForUser(userVec, seen, fresh, 3)
	if len(picks) == 0 {
		return nil
	}
	body, _ := json.Marshal(map[string]any{"type": "feed_picks", "items": picks})
	key, err := c.keys.KeyFor(deviceID)
	if err != nil {
		return fmt.Errorf("device %s: %w", deviceID, err)
	}
	sealed, err := seal(key, body, []byte(deviceID))
	if err != nil {
		return fmt.Errorf("device %s: seal: %w", deviceID, err)
	}
	tok := c.broker.Publish("push/"+deviceID, 1, false, sealed)
	tok.Wait()
	return tok.Error()
}
