// Package xftts is a client for the iFLYTEK (讯飞) online speech-synthesis WebSocket API.
package xftts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"time"

	"github.com/gorilla/websocket"
)

const host = "tts-api.xfyun.cn"

type Client struct {
	AppID, APIKey, APISecret string
	Voice                    string // e.g. "xiaoyan"
}

func (c *Client) authURL() string {
	date := time.Now().UTC().Format(time.RFC1123)
	date = date[:len(date)-3] + "GMT"
	sigOrigin := fmt.Sprintf("host: %s\ndate: %s\nGET /v2/tts HTTP/1.1", host, date)
	mac := hmac.New(sha256.New, []byte(c.APISecret))
	mac.Write([]byte(sigOrigin))
	sig := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	auth := fmt.Sprintf(`api_key="%s", algorithm="hmac-sha256", headers="host date request-line", signature="%s"`, c.APIKey, sig)
	q := url.Values{"authorization": {base64.StdEncoding.EncodeToString([]byte(auth))}, "date": {date}, "host": {host}}
	return "wss://" + host + "/v2/tts?" + q.Encode()
}

type frame struct {
	Code int    `json:"code"`
	Msg  string `json:"message"`
	Data struct {
		Audio  string `json:"audio"`
		Status int    `json:"status"`
	} `json:"data"`
}

// Synthesize returns 16 kHz PCM for text.
func (c *Client) Synthesize(text string) ([]byte, error) {
	conn, _, err := websocket.DefaultDialer.Dial(c.authURL(), nil)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	req := map[string]any{
		"common":   map[string]string{"app_id": c.AppID},
		"business": map[string]any{"aue": "raw", "auf": "audio/L16;rate=16000", "vcn": c.Voice, "speed": 50, "tte": "UTF8"},
		"data":     map[string]any{"status": 2, "text": base64.StdEncoding.EncodeToString([]byte(text))},
	}
	if err := conn.WriteJSON(req); err != nil {
		return nil, err
	}
	var pcm []byte
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return nil, err
		}
		var f frame
		if err := json.Unmarshal(msg, &f); err != nil {
			return nil, err
		}
		if f.Code != 0 {
			return nil, fmt.Errorf("xfyun tts error %d: %s", f.Code, f.Msg)
		}
		chunk, _ := base64.StdEncoding.DecodeString(f.Data.Audio)
		pcm = append(pcm, chunk...)
		if f.Data.Status == 2 {
			return pcm, nil
		}
	}
}
