package io.skillify.analytics.domain.view;

import java.util.List;

/** Runs by local weekday and hour: always 168 cells, Monday 0h first, zeros included. */
public record Heatmap(List<Cell> cells) {

    public Heatmap {
        cells = List.copyOf(cells);
    }

    public record Cell(int weekday, int hour, long total, long failed) {
    }
}
