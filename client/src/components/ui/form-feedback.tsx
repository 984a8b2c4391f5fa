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
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error.message}
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
