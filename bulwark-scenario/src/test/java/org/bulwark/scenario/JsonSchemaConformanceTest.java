package org.bulwark.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The published JSON Schemas (docs/schema) agree with the files Bulwark ships: their own valid
 * examples pass, their invalid examples fail, and every YAML file of every bundled scenario passes.
 */
class JsonSchemaConformanceTest {
    private static final Path SCHEMAS = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
    private static final Path BUNDLED = Path.of("src", "main", "resources", "org", "bulwark", "scenario", "bundled");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> validExamples() throws IOException {
        return yamlFiles(SCHEMAS.resolve("examples/valid"));
    }

    static Stream<Path> invalidExamples() throws IOException {
        return yamlFiles(SCHEMAS.resolve("examples/invalid"));
    }

    static Stream<Path> bundledScenarioFiles() throws IOException {
        return yamlFiles(BUNDLED);
    }

    private static Stream<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(files).as("YAML files under " + root).isNotEmpty();
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExamplePasses(Path file) throws IOException {
        assertThat(validate(file)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalidExamples")
    void invalidExampleFails(Path file) throws IOException {
        assertThat(validate(file)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundledScenarioFiles")
    void bundledScenarioFilePasses(Path file) throws IOException {
        assertThat(validate(file)).isEmpty();
    }

    private static Set<ValidationMessage> validate(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".yaml", "");
        Path schemaFile = SCHEMAS.resolve(name + ".schema.json");
        assertThat(schemaFile).as("schema for " + file).exists();
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(schemaFile.toUri().toString()));
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        JsonNode node = JSON.valueToTree(yaml);
        return schema.validate(node);
    }
}
