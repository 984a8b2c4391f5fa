import { useId } from 'react';

/**
 * The form that picks a filled workbook and sends it to be checked: a file field that takes
 * xlsx, and the button that asks for the preview (nothing is written from here).
 */
export function XlsxFileForm({
  label,
  checkLabel,
  file,
  busy,
  onPick,
  onCheck,
}: {
  label: string;
  checkLabel: string;
  file: File | null;
  busy: boolean;
  onPick: (file: File | null) => void;
  onCheck: (file: File) => void;
}) {
  const inputId = useId();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (file) onCheck(file);
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
      />
      <button type="submit" disabled={!file || busy}>
        {checkLabel}
      </button>
    </form>
  );
}
