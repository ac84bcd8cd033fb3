package com.lana.checkout.client.ui.parts;

import javax.swing.table.AbstractTableModel;
import java.util.List;

/**
 * A read-only table of an immutable list of rows under fixed column names; subclasses say what
 * each cell shows. Use on the EDT.
 *
 * @param <T> one row
 */
public abstract class ListTableModel<T> extends AbstractTableModel {

    private final String[] columns;
    private List<T> rows = List.of();

    protected ListTableModel(String... columns) {
        this.columns = columns.clone();
    }

    /** Shows {@code newRows}, repainting only when they differ from the rows shown. */
    public void setRows(List<T> newRows) {
        List<T> copy = List.copyOf(newRows);
        if (!copy.equals(rows)) {
            rows = copy;
            fireTableDataChanged();
        }
    }

    public T row(int index) {
        return rows.get(index);
    }

    public List<T> rows() {
        return rows;
    }

    /** What the cell of {@code row} shows in {@code column}. */
    protected abstract Object cell(T row, int column);

    @Override
    public final int getRowCount() {
        return rows.size();
    }

    @Override
    public final int getColumnCount() {
        return columns.length;
    }

    @Override
    public final String getColumnName(int column) {
        return columns[column];
    }

    @Override
    public final Object getValueAt(int row, int column) {
        if (column < 0 || column >= columns.length) {
            throw new IndexOutOfBoundsException("No column " + column);
        }
        return cell(rows.get(row), column);
    }
}
