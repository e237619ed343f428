/**
 * The shape a translation must have: the same keys as the English strings, plus the plural
 * forms English lacks. i18next picks `key_one`, `key_few`, `key_many` or `key_other` by the
 * language's plural rules (Russian uses all four; English only one and other), so a language
 * may add `_few`/`_many` next to any `_other` key. The i18n test checks that each language
 * has every form its rules need.
 */
type PluralExtras<T> = {
  [
    K in keyof T as K extends `${infer Base}_other` ? `${Base}_few` | `${Base}_many` : never
  ]?: string
}

export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>
} & PluralExtras<T>
