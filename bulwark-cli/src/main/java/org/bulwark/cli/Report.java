package org.bulwark.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A results report for people, printed on the terminal and written as {@code summary.md}: a title,
 * a few lines under it, then sections. Commands assemble it from sections, so a new engine
 * (assessment, targets) adds its section without touching the others.
 */
record Report(String title, List<String> lead, List<Section> sections) {
    Report {
        Objects.requireNonNull(title, "title");
        lead = List.copyOf(lead);
        sections = List.copyOf(sections);
    }

    Report with(Section section) {
        List<Section> all = new ArrayList<>(sections);
        all.add(section);
        return new Report(title, lead, all);
    }

    /** This report with a section inserted after the first one titled {@code after} (at the end when none is). */
    Report withSectionAfter(String after, Section section) {
        List<Section> all = new ArrayList<>(sections);
        int at = all.size();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).title().equals(after)) {
                at = i + 1;
                break;
            }
        }
        all.add(at, section);
        return new Report(title, lead, all);
    }

    /** One titled part of a report: lines of text and tables, in order. */
    record Section(String title, List<Block> blocks) {
        Section {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    sealed interface Block permits Line, Table {
    }

    /** A sentence or short paragraph; may use **bold** and `code`, which the terminal shows as they are. */
    record Line(String text) implements Block {
    }

    /** A table of text cells; numbers are formatted by the section so both renderings agree. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    void printText(PrintWriter out) {
        out.println(title);
        lead.forEach(line -> out.println(plain(line)));
        for (Section section : sections) {
            out.println();
            out.println("== " + section.title());
            for (Block block : section.blocks()) {
                if (block instanceof Line line) {
                    out.println(plain(line.text()));
                } else if (block instanceof Table table) {
                    TextTable text = new TextTable(table.header().toArray(String[]::new));
                    table.rows().forEach(row -> text.row(row.stream().map(Report::plain).toArray()));
                    text.print(out);
                }
            }
        }
    }

    /** The text without Markdown emphasis and code marks, for the terminal. */
    private static String plain(String markdown) {
        return TextTable.printable(markdown.replace("**", "").replace("`", ""));
    }

    /** GitHub-flavoured Markdown with {@code \n} line ends. */
    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        lead.forEach(line -> md.append(line).append("\n\n"));
        for (Section section : sections) {
            md.append("## ").append(section.title()).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Line line) {
                    md.append(line.text()).append("\n\n");
                } else if (block instanceof Table table) {
                    md.append(markdownRow(table.header())).append('|');
                    table.header().forEach(h -> md.append(" --- |"));
                    md.append('\n');
                    table.rows().forEach(row -> md.append(markdownRow(row)));
                    md.append('\n');
                }
            }
        }
        return md.toString();
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        cells.forEach(cell -> row.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |"));
        return row.append('\n').toString();
    }
}
