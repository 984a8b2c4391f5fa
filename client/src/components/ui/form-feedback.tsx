import { useErrorText } from '../../hooks/use-error-text';

/**
 * What a form's last request said: the server's words when it failed (announced at once),
 * or a short confirmation when it succeeded.
 */
export function FormFeedback({
  error,
  success,
}: {
  error?: Error | null;
  success?: string | null;
}) {
  const errorOf = useErrorText();
  if (error) {
    return (
      <p className="form-error" role="alert">
        {errorOf(error)}
      </p>
    );
  }
  if (success) {
    return (
      <p className="state ok" role="status">
        {success}
      </p>
    );
  }
  return null;
}
