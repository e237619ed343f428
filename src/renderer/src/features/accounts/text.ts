/** The accounts screen's strings; Russian must have the same keys (the compiler checks). */
export const en = {
  title: 'SMTP accounts',
}

export const ru: typeof en = {
  title: 'Учётные записи SMTP',
}
