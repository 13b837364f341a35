package shop.stream

import org.apache.flink.api.common.eventtime.WatermarkStrategy
import org.apache.flink.api.common.serialization.SimpleStringSchema
import org.apache.flink.api.common.state.ValueState
import org.apache.flink.api.common.state.ValueStateDescriptor
import org.apache.flink.connector.kafka.source.KafkaSource
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment
import org.apache.flink.streaming.api.functions.KeyedProcessFunction
import org.apache.flink.util.Collector
import java.time.Duration

data class Click(val userId: String, val category: String, val price: Double, val ts: Long)
data class Nudge(val userId: String, val category: String, val strength: Double)

class CategoryAffinity : KeyedProcessFunction<String, Click, Nudge>() {
    private lateinit var weights: ValueState<HashMap<String, Double>>

    override fun open(parameters: org.apache.flink.configuration.Configuration) {
        weights = runtimeContext.getState(ValueStateDescriptor("affinity", HashMap<String, Double>().javaClass))
    }

    override fun processElement(c: Click, ctx: Context, out: Collector<Nudge>) {
        val w = weights.value() ?: HashMap()
        w.replaceAll { _, v -> v * 0.97 }
        w.merge(c.category, 1.0, Double::plus)
        weights.update(w)
        val (top, score) = w.maxByOrNull { it.value }!!.toPair()
        if (score > 5.0 && top == c.category) out.collect(Nudge(c.userId, top, score))
    }
}

fun main() {
    val env = StreamExecutionEnvironment.getExecutionEnvironment()
    val source = KafkaSource.builder<String>()
        .setBootstrapServers("kafka:9092")
        .setTopics("app.clicks")
        .setGroupId("affinity")
        .setValueOnlyDeserializer(SimpleStringSchema())
        .build()
    env.fromSource(source, WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(5)), "clicks")
        .map { Json.parseClick(it) }
        .keyBy { it.userId }
        .process(CategoryAffinity())
        .addSink(JPushSink())
    env.execute("category-affinity-nudges")
}
