package main

import (
	"log"
	"net/http"
	"sync"

	"github.com/gorilla/websocket"
)

type message struct {
	Channel string `json:"channel"`
	User    string `json:"user"`
	Body    string `json:"body"`
}

type hub struct {
	mu      sync.RWMutex
	members map[string]map[*websocket.Conn]bool
}

var upgrader = websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024}

func (h *hub) serve(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("channel")
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		log.Println("upgrade:", err)
		return
	}
	h.mu.Lock()
	if h.members[channel] == nil {
		h.members[channel] = map[*websocket.Conn]bool{}
	}
	h.members[channel][conn] = true
	h.mu.Unlock()

	defer func() {
		h.mu.Lock()
		delete(h.members[channel], conn)
		h.mu.Unlock()
		conn.Close()
	}()
	for {
		var m message
		if err := conn.ReadJSON(&m); err != nil {
			return
		}
		m.Channel = channel
		h.broadcast(m)
	}
}

func (h *hub) broadcast(m message) {
	h.mu.RLock()
	defer h.mu.RUnlock()
	for c := range h.members[m.Channel] {
		if err := c.WriteJSON(m); err != nil {
			log.Println("write:", err)
		}
	}
}

func main() {
	h := &hub{members: map[string]map[*websocket.Conn]bool{}}
	http.HandleFunc("/ws", h.serve)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
