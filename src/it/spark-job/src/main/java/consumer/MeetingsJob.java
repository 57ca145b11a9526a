package consumer;

import io.github.wsisdata.parser.Meeting;
import io.github.wsisdata.parser.WsisDocument;
import io.github.wsisdata.parser.WsisParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark job: the WSIS meetings in a folder of WARC files and page files (text or HTML), parsed on
 * the executors (one task per file), de-duplicated by meeting ID, counted per country and per
 * year, and written as JSON, the meetings also as Parquet. Each meeting names its source (the file,
 * or FILE@OFFSET for an archive's page), the page's URL and its capture date. Run it with {@code spark-submit --class consumer.MeetingsJob job.jar INPUT OUTPUT} (see
 * docs/scale.md of wsis-parser).
 */
public final class MeetingsJob {
  private MeetingsJob() {}

  /** The columns of the meetings {@code Dataset<Row>}. */
  public static final StructType MEETINGS =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("start", DataTypes.DateType, false)
          .add("end", DataTypes.DateType, false)
          .add("city", DataTypes.StringType, true)
          .add("country", DataTypes.StringType, true)
          .add("countryCode", DataTypes.StringType, true)
          .add("online", DataTypes.BooleanType, false)
          .add("organizers", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("title", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("captured", DataTypes.TimestampType, true);

  /** The counts the job writes. */
  public record Counts(Map<String, Long> perCountry, Map<Integer, Long> perYear, long meetings) {}

  public static void main(String[] args) {
    try (SparkSession spark = SparkSession.builder().appName("wsis-meetings").getOrCreate()) {
      run(spark, Path.of(args[0]), Path.of(args[1]));
    }
  }

  /**
   * Runs the job.
   *
   * @param spark the session
   * @param input a folder of WARC files and pages
   * @param output where the results go: meetings/ (JSON), meetings-parquet/, per-country/ and
   *     per-year/ (JSON)
   * @return the counts, as written
   */
  public static Counts run(SparkSession spark, Path input, Path output) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(input)) {
      walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // one task per file: an archive is read on one thread, so files are the unit of parallelism
    JavaRDD<Row> rows =
        jsc.parallelize(files, Math.max(1, files.size())).flatMap(file -> rows(file).iterator());
    Dataset<Row> meetings = spark.createDataFrame(rows, MEETINGS).dropDuplicates("id").cache();
    meetings.write().mode("overwrite").json(output.resolve("meetings").toString());
    meetings.write().mode("overwrite").parquet(output.resolve("meetings-parquet").toString());
    Dataset<Row> perCountry =
        meetings.groupBy(functions.coalesce(functions.col("country"), functions.lit("")).as("country")).count();
    // through Spark SQL, whose parser is ANTLR 4.9.3, in the JVM where the library's relocated
    // ANTLR 4.13 has just parsed the pages
    meetings.createOrReplaceTempView("meetings");
    Dataset<Row> perYear =
        spark.sql("SELECT year(start) AS year, count(*) AS count FROM meetings GROUP BY year(start)");
    perCountry.write().mode("overwrite").json(output.resolve("per-country").toString());
    perYear.write().mode("overwrite").json(output.resolve("per-year").toString());
    Map<String, Long> countries = new TreeMap<>();
    for (Row r : perCountry.collectAsList()) {
      countries.put(r.getString(0), r.getLong(1));
    }
    Map<Integer, Long> years = new TreeMap<>();
    for (Row r : perYear.collectAsList()) {
      years.put(r.getInt(0), r.getLong(1));
    }
    return new Counts(countries, years, meetings.count());
  }

  /** Runs on an executor: the meetings of one file, as rows. */
  static List<Row> rows(String file) throws IOException {
    Path path = Path.of(file);
    WsisParser parser = WsisParser.builder().build();
    List<Row> rows = new ArrayList<>();
    if (isWarc(path)) {
      try (Stream<WsisDocument> pages = parser.readWarc(path, problem -> {})) {
        pages.forEach(doc -> add(file, doc, rows));
      }
    } else {
      add(file, parser.read(path), rows);
    }
    return rows;
  }

  private static boolean isWarc(Path path) throws IOException {
    String name = path.getFileName().toString();
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(path)) {
      return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
    }
  }

  private static void add(String file, WsisDocument doc, List<Row> rows) {
    String source =
        doc.sourceInfo().archiveRecord().map(r -> file + "@" + r.offset()).orElse(file);
    String url =
        doc.sourceInfo()
            .originalUrl()
            .map(Object::toString)
            .or(() -> doc.sourceInfo().archiveRecord().map(r -> r.target().toString()))
            .orElse(null);
    java.sql.Timestamp captured =
        doc.sourceInfo()
            .captured()
            .map(t -> java.sql.Timestamp.from(t.toInstant(java.time.ZoneOffset.UTC)))
            .orElse(null);
    for (Meeting m : doc.meetings()) {
      rows.add(
          RowFactory.create(
              m.id().toString(),
              Date.valueOf(m.dates().start()),
              Date.valueOf(m.dates().end()),
              m.place().city().orElse(null),
              m.place().country().orElse(null),
              m.place().countryCode().orElse(null),
              m.place().online(),
              m.organizers().toArray(new String[0]),
              m.title(),
              source,
              url,
              captured));
    }
  }
}
