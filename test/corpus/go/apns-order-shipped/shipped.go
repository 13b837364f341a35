package notifier

import (
	"fmt"
	"log/slog"

	"github.com/sideshow/apns2"
	"github.com/sideshow/apns2/payload"
)

type ShipmentEvent struct {
	OrderID     string
	Carrier     string
	TrackingURL string
	DeviceToken string
}

type Notifier struct {
	Client *apns2.Client
	Topic  string
}

// OnShipped is called by the fulfilment consumer when the warehouse marks an order shipped.
func (n *Notifier) OnShipped(ev ShipmentEvent) error {
	p := payload.NewPayload().
		AlertTitle("Your order is on its way").
		AlertBody(fmt.Sprintf("Order %s was handed to %s.", ev.OrderID, ev.Carrier)).
		Custom("tracking_url", ev.TrackingURL).
		ThreadID("order-" + ev.OrderID)
	res, err := n.Client.Push(&apns2.Notification{DeviceToken: ev.DeviceToken, Topic: n.Topic, Payload: p})
	if err != nil {
		return fmt.Errorf("apns push for order %s: %w", ev.OrderID, err)
	}
	if !res.Sent() {
		slog.Warn("apns rejected", "order", ev.OrderID, "reason", res.Reason)
	}
	return nil
}
