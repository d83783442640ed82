import type { ReactNode } from 'react';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useLayoutStyles } from './styles';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

const useStyles = makeStyles({
  // Fluent's table is fixed-layout at 100 % width; auto layout lets a wide table scroll in its box.
  table: { tableLayout: 'auto', width: 'auto', minWidth: '100%' },
  summary: { fontWeight: 600 },
  numericHeader: {
    textAlign: 'right',
    '& .fui-TableHeaderCell__button': { justifyContent: 'flex-end', textAlign: 'right' },
  },
});

/** A labelled table (the label is what screen readers and the tests find it by). */
export function DataTable<T>(props: {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: string;
  /** A last row in bold, e.g. the total. */
  summary?: T;
}) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  if (props.rows.length === 0 && props.empty) return <p className={layout.muted}>{props.empty}</p>;
  const row = (item: T, key: string, className?: string) => (
    <TableRow key={key} className={className}>
      {props.columns.map((column) => (
        <TableCell key={column.header} className={column.numeric ? layout.numeric : undefined}>
          {column.cell(item)}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <div className={layout.tableWrap}>
      <Table aria-label={props.label} size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {props.columns.map((column) => (
              <TableHeaderCell
                key={column.header}
                className={column.numeric ? styles.numericHeader : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((item) => row(item, props.rowKey(item)))}
          {props.summary !== undefined && row(props.summary, '__summary', styles.summary)}
        </TableBody>
      </Table>
    </div>
  );
}
