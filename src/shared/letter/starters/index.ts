/**
 * The letters a new campaign can start from: five kinds a marketer sends most, each written in
 * English and in Russian (not translated word for word). Placeholders in the text say what to
 * write; no variable but the unsubscribe link, so each renders for any recipient list.
 */
import type { LetterDesign, LetterTheme } from '../design'
import { blocks, bold, design, footers, plain, rich, richWithList } from './build'

export const STARTER_KINDS = [
  'newsletter',
  'promotion',
  'announcement',
  'invitation',
  'personal',
] as const
export type StarterKind = (typeof STARTER_KINDS)[number]

const calm: LetterTheme = {
  background: '#f1f5f9',
  paper: '#ffffff',
  text: '#1e293b',
  accent: '#2563eb',
  font: 'sans',
}
const bright: LetterTheme = {
  background: '#fff7ed',
  paper: '#ffffff',
  text: '#292524',
  accent: '#ea580c',
  font: 'sans',
}
const formal: LetterTheme = {
  background: '#f5f5f4',
  paper: '#ffffff',
  text: '#1c1917',
  accent: '#0f766e',
  font: 'serif',
}
const quiet: LetterTheme = {
  background: '#ffffff',
  paper: '#ffffff',
  text: '#111827',
  accent: '#1d4ed8',
  font: 'sans',
}

const newsletter = {
  en: design(
    'en',
    calm,
    blocks((b) => [
      b.heading(1, 'News from [your company]'),
      b.text(
        rich(
          'Here is what happened this month, in three short stories. Replace this text with a line that makes the reader want to go on.',
        ),
      ),
      b.divider(),
      b.heading(2, 'The first story'),
      b.text(rich('Two or three sentences: what is new, and why it matters to your reader.')),
      b.button('Read more', 'https://example.com/news/1'),
      b.columns(
        [b.heading(3, 'Second story'), b.text(rich('A short paragraph about it.'))],
        [b.heading(3, 'Third story'), b.text(rich('A short paragraph about it.'))],
      ),
      b.spacer(16),
      b.footer(footers.en('[your company]')),
    ]),
  ),
  ru: design(
    'ru',
    calm,
    blocks((b) => [
      b.heading(1, 'Новости [вашей компании]'),
      b.text(
        rich(
          'Что произошло за месяц — в трёх коротких историях. Замените этот текст фразой, после которой хочется читать дальше.',
        ),
      ),
      b.divider(),
      b.heading(2, 'Первая история'),
      b.text(rich('Два-три предложения: что нового и чем это важно читателю.')),
      b.button('Читать дальше', 'https://example.com/news/1'),
      b.columns(
        [b.heading(3, 'Вторая история'), b.text(rich('Короткий абзац о ней.'))],
        [b.heading(3, 'Третья история'), b.text(rich('Короткий абзац о ней.'))],
      ),
      b.spacer(16),
      b.footer(footers.ru('[вашей компании]')),
    ]),
  ),
}

const promotion = {
  en: design(
    'en',
    bright,
    blocks((b) => [
      b.heading(1, '−20% on everything until Sunday', 'center'),
      b.text(
        rich([
          plain('Use the code '),
          bold('SPRING20'),
          plain(' at checkout. Say here what the offer is and who it is for.'),
        ]),
      ),
      b.button('Go to the shop', 'https://example.com/shop', 'center'),
      b.spacer(8),
      b.text(
        richWithList(
          ['Why now:'],
          [
            'the offer ends on Sunday at midnight',
            'free delivery from 50 €',
            'returns within 30 days',
          ],
        ),
      ),
      b.footer(footers.en('[your shop]')),
    ]),
  ),
  ru: design(
    'ru',
    bright,
    blocks((b) => [
      b.heading(1, '−20 % на всё до воскресенья', 'center'),
      b.text(
        rich([
          plain('Введите код '),
          bold('SPRING20'),
          plain(' при оформлении заказа. Расскажите здесь, в чём предложение и для кого оно.'),
        ]),
      ),
      b.button('Перейти в магазин', 'https://example.com/shop', 'center'),
      b.spacer(8),
      b.text(
        richWithList(
          ['Почему сейчас:'],
          [
            'предложение действует до полуночи воскресенья',
            'бесплатная доставка от 5 000 ₽',
            'возврат в течение 30 дней',
          ],
        ),
      ),
      b.footer(footers.ru('[вашего магазина]')),
    ]),
  ),
}

const announcement = {
  en: design(
    'en',
    calm,
    blocks((b) => [
      b.heading(1, 'Something new: [the name of it]'),
      b.text(
        rich('One sentence that says what it is. One that says what it changes for your reader.'),
      ),
      b.text(
        richWithList(
          ['What you get:'],
          ['the first benefit', 'the second benefit', 'the third benefit'],
        ),
      ),
      b.button('See how it works', 'https://example.com/new'),
      b.text(rich('Questions? Just reply to this letter — a person reads every answer.')),
      b.footer(footers.en('[your company]')),
    ]),
  ),
  ru: design(
    'ru',
    calm,
    blocks((b) => [
      b.heading(1, 'У нас новое: [название]'),
      b.text(rich('Одно предложение о том, что это. Второе — что это меняет для читателя.')),
      b.text(
        richWithList(
          ['Что вы получаете:'],
          ['первое преимущество', 'второе преимущество', 'третье преимущество'],
        ),
      ),
      b.button('Посмотреть, как это работает', 'https://example.com/new'),
      b.text(rich('Есть вопросы? Просто ответьте на это письмо — каждый ответ читает человек.')),
      b.footer(footers.ru('[вашей компании]')),
    ]),
  ),
}

const invitation = {
  en: design(
    'en',
    formal,
    blocks((b) => [
      b.heading(1, 'You are invited: [the event]', 'center'),
      b.text(
        rich(
          'We would be glad to see you. Say in two sentences what will happen and why it is worth coming.',
        ),
      ),
      b.columns(
        [b.heading(3, 'When'), b.text(rich('Thursday, 12 March, 19:00'))],
        [b.heading(3, 'Where'), b.text(rich('[Place], [address]'))],
      ),
      b.button('I will come', 'https://example.com/rsvp', 'center'),
      b.text(rich('Places are limited: please answer by [date].')),
      b.footer(footers.en('[your organisation]')),
    ]),
  ),
  ru: design(
    'ru',
    formal,
    blocks((b) => [
      b.heading(1, 'Приглашаем вас: [событие]', 'center'),
      b.text(
        rich(
          'Будем рады вас видеть. В двух предложениях расскажите, что будет и почему стоит прийти.',
        ),
      ),
      b.columns(
        [b.heading(3, 'Когда'), b.text(rich('Четверг, 12 марта, 19:00'))],
        [b.heading(3, 'Где'), b.text(rich('[Место], [адрес]'))],
      ),
      b.button('Я приду', 'https://example.com/rsvp', 'center'),
      b.text(rich('Мест немного: пожалуйста, ответьте до [даты].')),
      b.footer(footers.ru('[вашей организации]')),
    ]),
  ),
}

const personal = {
  en: design(
    'en',
    quiet,
    blocks((b) => [
      b.text(
        rich(
          'Hello,',
          'I am writing to you myself, not from a template: say here in a few plain sentences what you want to tell, as you would in a letter to one person.',
          'If you have a question or an idea, just reply — I read every answer.',
          'Best wishes,\n[your name]',
        ),
      ),
      b.footer(footers.en('[your name]')),
    ]),
  ),
  ru: design(
    'ru',
    quiet,
    blocks((b) => [
      b.text(
        rich(
          'Здравствуйте!',
          'Пишу вам сам, а не «рассылкой»: расскажите здесь несколькими простыми предложениями то, что хотите сказать, — как в письме одному человеку.',
          'Если есть вопрос или идея, просто ответьте — я читаю каждый ответ.',
          'С уважением,\n[ваше имя]',
        ),
      ),
      b.footer(footers.ru('[ваше имя]')),
    ]),
  ),
}

export const STARTERS: Record<StarterKind, Record<LetterDesign['language'], LetterDesign>> = {
  newsletter,
  promotion,
  announcement,
  invitation,
  personal,
}
