/** The suppressions screen's strings; Russian must have the same keys (the compiler checks). */
export const en = {
  title: 'Do not send',
}

export const ru: typeof en = {
  title: 'Не отправлять',
}
