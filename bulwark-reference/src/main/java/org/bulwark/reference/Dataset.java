package org.bulwark.reference;

import java.util.List;
import java.util.Objects;

/**
 * One bundled reference data set, as described in {@code datasets.json} and counted from its file.
 *
 * @param file          file name beside this class on the classpath, e.g. {@code links.csv}
 * @param coverage      what the rows cover (years, nations, kinds), in words
 * @param rows          data rows in the file, header excluded
 * @param sourceUrls    the distinct URLs of the {@code source_url} cells (a cell may list several,
 *                      separated by "; "), in order of first appearance
 * @param estimateRows  rows whose source is an estimate (see {@link org.bulwark.model.Source#estimate()})
 * @param caveats       what a reader must know before using the numbers
 */
public record Dataset(
        String id,
        String title,
        String file,
        String coverage,
        int rows,
        List<DatasetColumn> columns,
        List<String> primarySources,
        List<String> sourceUrls,
        int estimateRows,
        List<String> caveats) {

    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(coverage, "coverage");
        columns = List.copyOf(columns);
        primarySources = List.copyOf(primarySources);
        sourceUrls = List.copyOf(sourceUrls);
        caveats = List.copyOf(caveats);
        if (rows < 0 || estimateRows < 0 || estimateRows > rows) {
            throw new IllegalArgumentException("dataset " + id + ": rows " + rows + ", estimate rows " + estimateRows);
        }
    }
}
