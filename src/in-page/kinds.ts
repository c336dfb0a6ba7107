/** What each kind of element can be in the page: the selectors the finder starts from. */

export const TEXT_FIELD =
  'input:not([type]),input[type="text"],input[type="email"],input[type="tel"],input[type="number"],input[type="search"],textarea';
export const BUTTON =
  'button,input[type="submit"],input[type="button"],input[type="image"],input[type="reset"],a.btn,a[role="button"],[role="button"]';
export const CONTROLS: Record<string, string> = {
  'text-field': TEXT_FIELD,
  'password-field': 'input[type="password"]',
  'otp-field': `${TEXT_FIELD},input[type="password"]`,
  button: BUTTON,
  link: 'a,[role="link"]',
  'menu-group': 'a,button,[role="button"],[role="menuitem"],[data-toggle],[data-bs-toggle],[onclick],summary',
  'menu-item': 'a,button,[role="menuitem"],[role="link"],[onclick]',
  radio: 'input[type="radio"]',
  checkbox: 'input[type="checkbox"]',
  select: 'select,[role="combobox"],[role="listbox"]',
  'popup-close': `${BUTTON},a,[data-dismiss],[data-bs-dismiss],.close`,
  heading:
    'h1,h2,h3,h4,h5,h6,[role="heading"],.panel-title,.card-title,.modal-title,legend,caption,.page-title,.heading',
  table: 'table,[role="table"],[role="grid"]',
  image: 'img,input[type="image"],canvas,svg',
  text: 'span,div,td,th,p,label,b,strong,em,li,dt,dd,small,i',
  'error-message':
    '.divError,.text-danger,.field-validation-error,.validation-summary-errors,.error,.errormsg,[role="alert"],.alert-danger,.invalid-feedback',
  popup: '*',
};

export const LABEL_LIKE = 'label,span,div,td,th,b,strong,p,dt,legend,font,small';
