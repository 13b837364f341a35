from pyspark.ml.evaluation import RegressionEvaluator
from pyspark.ml.recommendation import ALS
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = SparkSession.builder.appName("music-als-nightly").getOrCreate()

plays = (
    spark.read.parquet("s3a://lake/music/plays/")
    .where(F.col("dt") >= F.date_sub(F.current_date(), 60))
    .groupBy("listener_id", "track_id")
    .agg(F.log1p(F.count("*")).alias("strength"))
)

train, test = plays.randomSplit([0.9, 0.1], seed=42)

als = ALS(
    userCol="listener_id",
    itemCol="track_id",
    ratingCol="strength",
    implicitPrefs=True,
    rank=96,
    maxIter=12,
    regParam=0.08,
    coldStartStrategy="drop",
)
model = als.fit(train)

rmse = RegressionEvaluator(metricName="rmse", labelCol="strength").evaluate(model.transform(test))
print("holdout rmse", rmse)

(
    model.recommendForAllUsers(40)
    .withColumn("rec", F.explode("recommendations"))
    .select("listener_id", F.col("rec.track_id"), F.col("rec.rating").alias("score"))
    .write.mode("overwrite")
    .parquet("s3a://lake/music/daily_mix_candidates/")
)
