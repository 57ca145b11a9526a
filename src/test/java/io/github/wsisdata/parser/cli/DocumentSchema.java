package io.github.wsisdata.parser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The JSON Schema of {@code -f json} (docs/wsis-document.schema.json), for the tests. */
final class DocumentSchema {
  private DocumentSchema() {}

  static JsonSchema schema() {
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Files.readString(Path.of("docs", "wsis-document.schema.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong in a JSON output; empty when it is valid. */
  static Set<ValidationMessage> problems(JsonNode root) {
    return schema().validate(root);
  }
}
