/** The campaign screens' strings; Russian must have the same keys (the compiler checks). */
export const en = {
  title: 'Campaigns',
}

export const ru: typeof en = {
  title: 'Рассылки',
}
