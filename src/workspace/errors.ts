/** An error in what the user gave us (paths, files, configuration): exit code 2, message says what to do. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
