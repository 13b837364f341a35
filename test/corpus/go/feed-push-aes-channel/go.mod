module git.example.cn/kuaixun/pushgw

go 1.21

require github.com/eclipse/paho.mqtt.golang v1.4.3
