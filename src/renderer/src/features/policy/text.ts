/**
 * Words of the sending-policy pieces every screen shares: the time-zone picker, the sending
 * hours and the day of a moment ("resumes on Monday at 09:00", `format/moment.ts`). Russian must have the same
 * keys (the compiler checks).
 */
import type { Translation } from '@renderer/i18n/translation'

export const en = {
  zone: {
    label: 'Time zone',
    hint: 'Type a city such as Moscow, or an offset such as UTC+3.',
    thisComputer: 'this computer',
    nothingFound: 'No such time zone. Try a city, or an offset such as UTC+03:00.',
  },
  hours: {
    enable: 'Send only within sending hours',
    enableHint: 'Outside these hours nothing new is sent; emails already on their way finish.',
    days: 'Days',
    from: 'From',
    to: 'To',
    noDays: 'Pick at least one day.',
    sameTimes:
      'The hours start and end at the same time. Switch sending hours off to send at any time.',
    anyTime: 'Any day, any time.',
    summary: '{{days}} {{from}}–{{to}}, {{zone}}',
    everyDay: 'Every day',
    weekdays: 'Weekdays',
    weekends: 'Weekends',
    overnight: 'Runs past midnight: each day’s hours end the next day ({{start}} → {{end}}).',
  },
  /** A moment's day, before or after its time: "resumes on Monday at 09:00", "by 18:00 today". */
  when: {
    yesterday: 'yesterday',
    today: 'today',
    tomorrow: 'tomorrow',
    weekday: {
      monday: 'on Monday',
      tuesday: 'on Tuesday',
      wednesday: 'on Wednesday',
      thursday: 'on Thursday',
      friday: 'on Friday',
      saturday: 'on Saturday',
      sunday: 'on Sunday',
    },
    date: 'on {{date}}',
  },
}

export const ru: Translation<typeof en> = {
  zone: {
    label: 'Часовой пояс',
    hint: 'Введите город латиницей (например, Moscow) или смещение (например, UTC+3).',
    thisComputer: 'этот компьютер',
    nothingFound:
      'Такого часового пояса нет. Попробуйте город латиницей или смещение вида UTC+03:00.',
  },
  hours: {
    enable: 'Отправлять только в заданные часы',
    enableHint: 'Вне этих часов новые письма не отправляются; те, что уже в пути, дойдут.',
    days: 'Дни',
    from: 'С',
    to: 'До',
    noDays: 'Выберите хотя бы один день.',
    sameTimes:
      'Часы начинаются и заканчиваются в одно время. Чтобы отправлять в любое время, выключите часы отправки.',
    anyTime: 'Любой день, любое время.',
    summary: '{{days}} {{from}}–{{to}}, {{zone}}',
    everyDay: 'Каждый день',
    weekdays: 'Будни',
    weekends: 'Выходные',
    overnight:
      'Часы переходят через полночь: отправка, начатая в выбранный день, заканчивается на следующий ({{start}} → {{end}}).',
  },
  when: {
    yesterday: 'вчера',
    today: 'сегодня',
    tomorrow: 'завтра',
    weekday: {
      monday: 'в понедельник',
      tuesday: 'во вторник',
      wednesday: 'в среду',
      thursday: 'в четверг',
      friday: 'в пятницу',
      saturday: 'в субботу',
      sunday: 'в воскресенье',
    },
    date: '{{date}}',
  },
}
