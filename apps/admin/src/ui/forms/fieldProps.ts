import { get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';

/** Wires a MUI TextField to react-hook-form: registration, error state and the (already translated) message. */
export function fieldProps<V extends FieldValues>(form: UseFormReturn<V>, name: FieldPath<V>, helper?: string) {
  const { ref, ...rest } = form.register(name);
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return {
    ...rest,
    inputRef: ref,
    id: `f-${name.replace(/\./g, '-')}`,
    error: !!error,
    helperText: error?.message ?? helper,
  };
}

export function fieldError<V extends FieldValues>(form: UseFormReturn<V>, name: string): string | undefined {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}
