package org.bulwark.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios shipped inside Bulwark's jar, listed in {@code bundled/index.txt}. Each is a
 * scenario folder like any other; {@link #folder(String)} gives a {@link Path} to it, inside the
 * jar's file system when running from a jar, so {@link ScenarioReader} reads it unchanged.
 */
public final class BundledScenarios {
    private static final String ROOT = "/org/bulwark/scenario/bundled/";

    private BundledScenarios() {
    }

    /** Names of the bundled scenarios, in the order the index lists them. */
    public static List<String> names() {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled scenario index", e);
        }
    }

    /** The folder of a bundled scenario, or empty when no scenario of that name is bundled. */
    public static Optional<Path> folder(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        URL marker = BundledScenarios.class.getResource(ROOT + name + "/scenario.yaml");
        if (marker == null) {
            throw new IllegalStateException("bundled scenario '" + name + "' is listed but has no scenario.yaml");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return Optional.of(jarFileSystem(uri).getPath(ROOT + name));
            }
            return Optional.of(Paths.get(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URI " + marker, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        URI jar = URI.create(uri.toString().substring(0, uri.toString().indexOf("!/")));
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + jar, e);
        }
    }
}
