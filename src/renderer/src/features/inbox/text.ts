/** The inbox screen's strings; Russian must have the same keys (the compiler checks). */
export const en = {
  title: 'Test inbox',
}

export const ru: typeof en = {
  title: 'Тестовый ящик',
}
